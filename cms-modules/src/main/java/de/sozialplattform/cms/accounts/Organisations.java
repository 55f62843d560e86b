package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodeStatus;
import de.sozialplattform.cms.problem.ForbiddenException;
import de.sozialplattform.cms.problem.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The organisation nodes (Träger) accounts belong to, and who may manage the accounts of which: editors and
 * administrators of every organisation, a centre maintainer of their own organisations only. Like
 * {@code access.ContentAccess}, another organisation is "not found" for a maintainer, so the answer never tells
 * whether it exists.
 */
@Component
class Organisations {

    static final String WORKSPACE = "adviceCentres";
    static final String TYPE = "organisation";

    private final ContentReader reader;

    Organisations(ContentReader reader) {
        this.reader = reader;
    }

    Optional<Node> find(String id) {
        try {
            return reader.find(NodeId.of(id)).filter(node -> WORKSPACE.equals(node.workspace())
                    && TYPE.equals(node.nodeType()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The organisation {@code id} if {@code caller} may invite to and remove from it; 403/404 otherwise. */
    Node requireManageable(Caller caller, String id) {
        if (!caller.isAdmin() && !caller.isEditor() && !caller.isMaintainerOnly()) {
            throw new ForbiddenException("Accounts are managed by editors and by the centres' own maintainers.");
        }
        if (caller.isMaintainerOnly() && !caller.organisations().contains(id)) {
            throw notFound(id);
        }
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** The organisations {@code caller} may manage accounts of, by name. */
    List<Node> manageable(Caller caller) {
        List<Node> all = caller.isMaintainerOnly()
                ? caller.organisations().stream().map(this::find).flatMap(Optional::stream).toList()
                : reader.list(WORKSPACE, "/", TYPE, (NodeStatus) null, 10_000, 0);
        return all.stream().sorted(Comparator.comparing(Organisations::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    static String name(Node organisation) {
        return organisation.properties().get("name") instanceof String name ? name : organisation.name();
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("organisation " + id);
    }
}
