package de.sozialplattform.cms.access;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.problem.ForbiddenException;
import de.sozialplattform.cms.problem.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The one decision who may do what to which content object. Controllers call it for every read of unpublished
 * data and every write, with the node the request addresses:
 * <ul>
 *   <li>editors: everything (purging the trash also needs administrator);</li>
 *   <li>reviewers: read everything, publish and unpublish in {@code adviceCentres} (approval: deciding a review
 *   request is checked as {@code PUBLISH}), nothing else;</li>
 *   <li>centre maintainers: in {@code adviceCentres} only, their organisations' nodes (see {@link Ownership}):
 *   read them, change and create locations within {@link LocationFields}, delete their locations that were never
 *   published (a published one is closed through review), submit them for review and confirm their data; never
 *   publish directly, move, export, import, preview or use the trash.</li>
 * </ul>
 * A maintainer asking for another organisation's object gets 404 for reads and writes alike, so the answer never
 * tells whether it exists; an own object with a forbidden action or field is 403.
 */
@Component
public class ContentAccess {

    static final String ADVICE_CENTRES = Ownership.WORKSPACE;

    private static final Set<ContentAction> REVIEWER_ANYWHERE = EnumSet.of(ContentAction.READ,
            ContentAction.TRASH_READ, ContentAction.EXPORT, ContentAction.PREVIEW, ContentAction.FEEDBACK_READ);
    private static final Set<ContentAction> REVIEWER_ADVICE_CENTRES = EnumSet.of(ContentAction.PUBLISH,
            ContentAction.UNPUBLISH);
    /** Without a node: a maintainer's lists are filtered to their own objects. */
    private static final Set<ContentAction> MAINTAINER_WORKSPACE = EnumSet.of(ContentAction.READ,
            ContentAction.FEEDBACK_READ);
    private static final Set<ContentAction> MAINTAINER_ORGANISATION = EnumSet.of(ContentAction.READ);
    private static final Set<ContentAction> MAINTAINER_LOCATION = EnumSet.of(ContentAction.READ,
            ContentAction.UPDATE, ContentAction.DELETE, ContentAction.RESTORE_VERSION, ContentAction.FEEDBACK_CLOSE,
            ContentAction.SUBMIT, ContentAction.CONFIRM);

    private final ContentReader reader;

    ContentAccess(ContentReader reader) {
        this.reader = reader;
    }

    /**
     * May {@code caller} do {@code action} in {@code workspace}, to {@code node} ({@code null} for actions on the
     * workspace: lists, trash, export, import, previews, the feedback queue)? Throws 403 or 404 if not.
     */
    public void check(Caller caller, ContentAction action, String workspace, Node node) {
        if (caller.isEditor()) {
            if (action == ContentAction.TRASH_PURGE && !caller.isAdmin()) {
                throw new ForbiddenException("Purging the trash needs an administrator.");
            }
            return;
        }
        if (caller.isReviewer()) {
            if (!REVIEWER_ANYWHERE.contains(action)
                    && !(REVIEWER_ADVICE_CENTRES.contains(action) && ADVICE_CENTRES.equals(workspace))) {
                throw new ForbiddenException("Reviewers read content and publish advice centres; they do not "
                        + action.name().toLowerCase().replace('_', ' ') + ".");
            }
            return;
        }
        if (!caller.isMaintainerOnly()) {
            throw new ForbiddenException("Your account has no content role.");
        }
        checkMaintainer(caller, action, workspace, node);
    }

    private void checkMaintainer(Caller caller, ContentAction action, String workspace, Node node) {
        if (workspace != null && !ADVICE_CENTRES.equals(workspace)) {
            throw new ForbiddenException("Centre maintainers work only in workspace " + ADVICE_CENTRES + ".");
        }
        if (node == null) {
            if (workspace == null || !MAINTAINER_WORKSPACE.contains(action)) {
                throw new ForbiddenException("Centre maintainers may not "
                        + action.name().toLowerCase().replace('_', ' ') + " here.");
            }
            return;
        }
        if (!Ownership.owns(caller, node)) {
            throw notFound(node);
        }
        if (action == ContentAction.PUBLISH || action == ContentAction.UNPUBLISH) {
            throw new ForbiddenException("Publication needs a reviewer or an editor.");
        }
        if (action == ContentAction.DELETE && node.published()) {
            // Deleting would take it off the public side at once; closing a location is subject to review.
            throw new ForbiddenException("A published location is closed through review: POST "
                    + "/.rest/review/v1/locations/" + node.id() + "/close.");
        }
        Set<ContentAction> allowed = Ownership.isLocation(node) ? MAINTAINER_LOCATION : MAINTAINER_ORGANISATION;
        if (!allowed.contains(action)) {
            throw new ForbiddenException("Centre maintainers may not " + action.name().toLowerCase().replace('_', ' ')
                    + " a " + node.nodeType() + "; an editor can.");
        }
    }

    /** Whether {@code caller} may see the working copy of {@code node}: for filtering children and lists. */
    public boolean mayRead(Caller caller, Node node) {
        return !caller.isMaintainerOnly() || Ownership.owns(caller, node);
    }

    /** After {@link #check} allowed {@code UPDATE} or {@code RESTORE_VERSION}: may these properties change? */
    public void checkChanges(Caller caller, Node node, Collection<String> properties) {
        if (!caller.isMaintainerOnly()) {
            return;
        }
        properties.stream().sorted().forEach(property -> {
            if (LocationFields.COORDINATES.contains(property)) {
                throw ForbiddenException.field(property, "coordinates are set by editors");
            }
            if (!LocationFields.UPDATABLE.contains(LocationFields.baseName(property))) {
                throw ForbiddenException.field(property, "centre maintainers may not change this; ask an editor");
            }
        });
    }

    /** Properties that differ between a node's working copy and {@code other} (a version being restored). */
    public static Set<String> differences(Map<String, Object> current, Map<String, Object> other) {
        return Stream.concat(current.keySet().stream(), other.keySet().stream())
                .filter(key -> !Objects.equals(current.get(key), other.get(key)))
                .collect(Collectors.toSet());
    }

    /** May {@code caller} create a node of {@code type} with these properties below {@code parentPath}? */
    public void checkCreate(Caller caller, String workspace, String parentPath, String type,
            Map<String, Object> properties) {
        if (!caller.isMaintainerOnly()) {
            check(caller, ContentAction.CREATE, workspace, null);
            return;
        }
        if (!ADVICE_CENTRES.equals(workspace)) {
            throw new ForbiddenException("Centre maintainers work only in workspace " + ADVICE_CENTRES + ".");
        }
        if (!Ownership.LOCATION.equals(type)) {
            throw ForbiddenException.field("type", "centre maintainers create locations only");
        }
        if (!Ownership.isLocationFolder(NodePaths.normalize(parentPath))) {
            throw new ForbiddenException("Centre maintainers create locations directly below "
                    + Ownership.LOCATIONS + "/<Land>.");
        }
        // Ownership is claimed by the reference: it must name one of the caller's organisations, never another's.
        if (!(properties.get(Ownership.ORGANISATION) instanceof String organisation)
                || !caller.organisations().contains(organisation)) {
            throw ForbiddenException.field(Ownership.ORGANISATION, "must be one of your organisations");
        }
        properties.keySet().stream().sorted().forEach(property -> {
            if (LocationFields.COORDINATES.contains(property)) {
                throw ForbiddenException.field(property, "coordinates are set by editors");
            }
            if (!LocationFields.CREATABLE.contains(LocationFields.baseName(property))) {
                throw ForbiddenException.field(property, "centre maintainers may not set this; ask an editor");
            }
        });
    }

    /** A maintainer's own organisations and locations, in path order (lists of maintainers are these). */
    public Stream<Node> ownNodes(Caller caller) {
        Stream<Node> organisations = caller.organisations().stream()
                .flatMap(id -> parse(id).flatMap(reader::find).stream());
        Stream<Node> locations = reader.referencing(ADVICE_CENTRES, Ownership.ORGANISATION, caller.organisations())
                .stream();
        return Stream.concat(organisations, locations).filter(node -> Ownership.owns(caller, node))
                .sorted(Comparator.comparing(Node::path));
    }

    private static Optional<NodeId> parse(String id) {
        try {
            return Optional.of(NodeId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static NotFoundException notFound(Node node) {
        return new NotFoundException("node " + node.path() + " in workspace " + node.workspace());
    }

}
