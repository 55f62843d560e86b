package de.sozialplattform.cms.review;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.problem.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The advice-centre nodes the workflow works on: locations, and their organisations' settings. */
@Component
class Locations {

    static final String WORKSPACE = "adviceCentres";
    static final String LOCATION = "location";
    static final String ORGANISATION = "organisation";
    static final String APPROVAL_REQUIRED = "approvalRequired";
    static final String LAST_REVIEWED = "lastReviewed";
    static final String REVIEW_BY = "reviewBy";

    private final ContentReader reader;

    Locations(ContentReader reader) {
        this.reader = reader;
    }

    /** The working copy of a location; 404 for any other id, so the answer tells nothing about other nodes. */
    Node require(NodeId id) {
        return find(id).orElseThrow(() -> new NotFoundException("location " + id));
    }

    Optional<Node> find(NodeId id) {
        return reader.find(id).filter(node -> WORKSPACE.equals(node.workspace()) && LOCATION.equals(node.nodeType()));
    }

    /** The organisation a location belongs to (its {@code organisation} reference). */
    static String organisationOf(Node location) {
        return location.properties().get(ORGANISATION) instanceof String id ? id : "";
    }

    /**
     * Whether the organisation's maintainers need a reviewer's approval: yes unless an editor set
     * {@code approvalRequired} to {@code false} on the organisation (its working copy: the setting is the editors',
     * not the public's). An unknown organisation needs approval.
     */
    boolean approvalRequired(String organisationId) {
        return organisation(organisationId).map(org -> !Boolean.FALSE.equals(org.properties().get(APPROVAL_REQUIRED)))
                .orElse(true);
    }

    /** The organisation's name for notices and lists, or its id when it has none. */
    String organisationName(String organisationId) {
        return organisation(organisationId).map(org -> org.properties().get("name"))
                .map(Object::toString).orElse(organisationId);
    }

    static String name(java.util.Map<String, Object> properties, String fallback) {
        return properties.get("name") instanceof String name && !name.isBlank() ? name : fallback;
    }

    private Optional<Node> organisation(String organisationId) {
        try {
            return reader.find(NodeId.of(organisationId)).filter(node -> ORGANISATION.equals(node.nodeType()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
