package de.sozialplattform.cms.access;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.cms.security.Memberships;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh objects for the access matrix, made through the services (no HTTP, no password hashing), so every cell
 * of the matrix may change or delete its object without disturbing the others. Locations belong to the seeded
 * organisations the demo maintainers are bound to; organisation targets are fresh ones bound to A or B.
 */
final class MatrixFixtures {

    /** Seeded organisations of the demo users beratung-a and beratung-b (see UserBootstrap). */
    static final String SEEDED_A = "a0291b11-f037-549c-850c-f6e4d8b98232";
    static final String SEEDED_B = "839d95f2-5954-5788-b254-33bea366123e";
    static final String ACTOR = "matrix-fixtures";

    private final ContentService content;
    private final ContentReader reader;
    private final Memberships memberships;
    private final JdbcClient jdbc;
    private final String run = "m-" + UUID.randomUUID().toString().substring(0, 8);

    MatrixFixtures(ContentService content, ContentReader reader, Memberships memberships, JdbcClient jdbc) {
        this.content = content;
        this.reader = reader;
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    /** Folders made for fixtures, removed at the end. */
    private final List<Node> folders = new java.util.ArrayList<>();
    /** Organisation fixtures the demo maintainers were bound to, unbound at the end. */
    private final List<String> boundOrganisations = new java.util.ArrayList<>();

    /**
     * Moves the fixtures' folders to the trash; published fixtures leave the public side with them. Nothing outside
     * references a fixture (locations reference the seeded organisations, not the other way round).
     */
    void removeFolders() {
        // Unbind first: a maintainer left bound to dozens of fixture organisations would record them all in the
        // audit log of every later test in the same context.
        for (String organisation : boundOrganisations) {
            jdbc.sql("DELETE FROM user_organisation WHERE organisation_id = :id").param("id", organisation).update();
        }
        for (Node folder : folders) {
            reader.find(folder.workspace(), folder.path())
                    .ifPresent(node -> content.delete(node.workspace(), node.path(), node.lockVersion(), ACTOR));
        }
    }

    /**
     * A folder of its own for each object, so a list of the folder shows exactly it: for locations a Land folder
     * below /standorte (where maintainers create locations), otherwise one below /traeger or the workspace root.
     */
    private String folder(AccessMatrix.Target target) {
        String name = run + "-" + UUID.randomUUID().toString().substring(0, 6);
        String parent = switch (target) {
            case LOCATION_A, LOCATION_B -> "/standorte";
            case ORGANISATION_A, ORGANISATION_B -> "/traeger";
            case PAGE, BENEFIT -> "/";
        };
        Node folder = content.create(new NewNode(null, target.workspace, parent, name, Node.FOLDER, Map.of()), ACTOR);
        folders.add(folder);
        return folder.path();
    }

    /** A new object of the target's kind, prepared as the endpoint needs it. */
    Fixture create(AccessMatrix.Target target, AccessMatrix.Prepare prepare) {
        String name = "n-" + UUID.randomUUID().toString().substring(0, 8);
        String parent = folder(target);
        Node node = content.create(new NewNode(null, target.workspace, parent, name, target.nodeType,
                properties(target, name)), ACTOR);
        if (target == AccessMatrix.Target.ORGANISATION_A || target == AccessMatrix.Target.ORGANISATION_B) {
            memberships.add(target.owner == 'A' ? "beratung-a" : "beratung-b", node.id().toString());
            boundOrganisations.add(node.id().toString());
        }
        Long feedback = null;
        Long request = null;
        switch (prepare) {
            case PUBLISHED -> node = content.publish(node.workspace(), node.path(), node.lockVersion(),
                    new PublishRequest(false, null, null), ACTOR);
            case TRASHED -> content.delete(node.workspace(), node.path(), node.lockVersion(), ACTOR);
            case FEEDBACK -> feedback = feedback(node);
            case SUBMITTED -> {
                if (target.location()) {
                    node = content.update(node.workspace(), node.path(), node.lockVersion(), Map.of("phone", "0000 5"), ACTOR);
                    request = reviewRequest(node);
                }
            }
            case NONE -> { }
        }
        return new Fixture(target, node, parent, feedback, request);
    }

    /** Properties of a valid object of the target's kind; the same for a sibling created through the API. */
    Map<String, Object> properties(AccessMatrix.Target target, String name) {
        return switch (target) {
            case LOCATION_A, LOCATION_B -> Map.of("name", "Matrix " + name,
                    "organisation", target.owner == 'A' ? SEEDED_A : SEEDED_B,
                    "types", List.of("suchtberatung"), "phone", "0000 1");
            case ORGANISATION_A, ORGANISATION_B -> Map.of("name", "Matrix " + name, "phone", "0000 2");
            case PAGE -> Map.of("title", "Matrix " + name, "categories", List.of("benefit"), "lastReviewed", "2026-11-01");
            case BENEFIT -> Map.of("finderId", name, "title", "Matrix " + name);
        };
    }

    private long feedback(Node node) {
        jdbc.sql("INSERT INTO advice_centre_feedback (node_id, message, status, created_at)"
                        + " VALUES (:node, 'matrix', 'OPEN', CURRENT_TIMESTAMP)")
                .param("node", node.id().toString()).update();
        return jdbc.sql("SELECT MAX(id) FROM advice_centre_feedback WHERE node_id = :node")
                .param("node", node.id().toString()).query(Long.class).single();
    }

    /** An open review request of the location as it is now, submitted by this class's actor (see V9). */
    private long reviewRequest(Node node) {
        jdbc.sql("INSERT INTO review_request (node_id, open_node_id, organisation_id, path, kind, status, lock_version,"
                        + " properties, submitted_by, submitted_at) VALUES (:node, :node, :org, :path, 'CREATE', 'OPEN',"
                        + " :lock, '{}', :by, CURRENT_TIMESTAMP)")
                .param("node", node.id().toString()).param("org", node.properties().get("organisation"))
                .param("path", node.path()).param("lock", node.lockVersion()).param("by", ACTOR).update();
        return jdbc.sql("SELECT id FROM review_request WHERE open_node_id = :node")
                .param("node", node.id().toString()).query(Long.class).single();
    }

    /**
     * One prepared object; {@code feedbackId} is an open report about it, {@code requestId} an open review request
     * of it, when asked for.
     */
    record Fixture(AccessMatrix.Target target, Node node, String parent, Long feedbackId, Long requestId) {

        /** The review request, or an id that matches none. */
        long requestOrNone() {
            return requestId == null ? 0 : requestId;
        }

        String workspace() {
            return node.workspace();
        }

        String path() {
            return node.path();
        }

        String id() {
            return node.id().toString();
        }
    }
}
