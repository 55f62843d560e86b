package de.sozialplattform.cms.content;

import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.problem.ConflictException;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.cms.problem.PreconditionException;
import de.sozialplattform.lightmodules.ContentType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to content. Each method is one transaction: the change, its audit entry and (when published
 * content is affected) its outbox event commit together or not at all. Writes to an existing node take the
 * lock version the caller read (its ETag) and fail with 412 when someone else changed the node since.
 */
@Service
@Transactional
public class ContentService {

    private final NodeStore nodes;
    private final VersionStore versions;
    private final NodeLinks links;
    private final ContentTypes types;
    private final PropertyValidator validator;
    private final ContentEvents events;
    private final AuditLog audit;
    private final PublishedIndex published;
    private final Clock clock;

    ContentService(NodeStore nodes, VersionStore versions, NodeLinks links, ContentTypes types,
            PropertyValidator validator, ContentEvents events, AuditLog audit, PublishedIndex published, Clock clock) {
        this.nodes = nodes;
        this.versions = versions;
        this.links = links;
        this.types = types;
        this.validator = validator;
        this.events = events;
        this.audit = audit;
        this.published = published;
        this.clock = clock;
    }

    public Node create(NewNode request, String actor) {
        return create(request, actor, false);
    }

    /** Creates a node; {@code fromText} accepts property values as text (import of YAML files). */
    public Node create(NewNode request, String actor, boolean fromText) {
        String workspace = types.requireWorkspace(request.workspace());
        String parentPath = NodePaths.normalize(request.parentPath());
        NodeId parentId = NodePaths.ROOT.equals(parentPath) ? null : existing(workspace, parentPath).id();
        String name = NodePaths.checkName(request.name(), "name");
        String path = NodePaths.child(parentPath, name);
        if (nodes.byPath(workspace, path).isPresent()) {
            throw new ConflictException("There is already a node at " + path + ".", Map.of("path", path));
        }
        NodeId id = request.id() == null ? NodeId.random() : request.id();
        if (nodes.idTaken(id)) {
            throw new ConflictException("There is already a node with id " + id + " (perhaps in the trash).",
                    Map.of("id", id.toString()));
        }
        PropertyValidator.Validated validated = validate(workspace, request.nodeType(), request.properties(), fromText);
        Instant now = clock.instant();
        Node node = new Node(id, workspace, parentId, name, path, request.nodeType(),
                nodes.nextPosition(workspace, parentId), validated.properties(), 1, now, actor, now, actor, true, null,
                null, null, null);
        nodes.insert(node);
        links.replaceReferences(id, validated.references());
        links.dropRedirect(workspace, path);
        audit.record(actor, "create", workspace, id.toString(), path, request.nodeType());
        return node;
    }

    /**
     * Changes properties: given values replace the stored ones, {@code null} removes a property, properties not
     * mentioned stay as they are (Magnolia's merge semantics).
     */
    public Node update(String workspace, String path, long expectedLock, Map<String, Object> changes, String actor) {
        Node node = existingAt(workspace, path, expectedLock);
        Map<String, Object> merged = new HashMap<>(node.properties());
        changes.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        PropertyValidator.Validated validated = validate(node.workspace(), node.nodeType(), merged, false);
        if (!nodes.updateProperties(node.id(), expectedLock, validated.properties(), clock.instant(), actor)) {
            throw stale(node);
        }
        links.replaceReferences(node.id(), validated.references());
        audit.record(actor, "update", node.workspace(), node.id().toString(), node.path(),
                String.join(",", changes.keySet()));
        return reread(node);
    }

    /** Moves the subtree to the trash; refused while nodes outside the subtree reference it. */
    public void delete(String workspace, String path, long expectedLock, String actor) {
        Node node = existingAt(workspace, path, expectedLock);
        List<Node> subtree = nodes.subtree(node.workspace(), node.path());
        List<NodeLinks.Referrer> referrers = links.referrers(subtree.stream().map(Node::id).toList(), node.workspace(),
                node.path());
        if (!referrers.isEmpty()) {
            throw new ConflictException(node.path() + " is still referenced by " + referrers.size()
                    + " node(s); remove those references first.", Map.of("referencedBy", referrers));
        }
        lock(node, expectedLock, actor);
        nodes.moveToTrash(node.workspace(), node.path(), node.id().toString(), clock.instant(), actor);
        subtree.stream().filter(Node::published).forEach(gone -> {
            published.remove(gone.id());
            events.deleted(gone);
        });
        audit.record(actor, "delete", node.workspace(), node.id().toString(), node.path(),
                subtree.size() + " node(s) moved to the trash");
    }

    /** Moves (and optionally renames) a node below another parent; its old paths keep redirecting. */
    public Node move(String workspace, String path, long expectedLock, String destinationParent, String newName,
            String actor) {
        Node node = existingAt(workspace, path, expectedLock);
        String parentPath = NodePaths.normalize(destinationParent);
        String name = NodePaths.checkName(newName == null ? node.name() : newName, "name");
        String newPath = NodePaths.child(parentPath, name);
        if (NodePaths.isSelfOrDescendant(parentPath, node.path())) {
            throw InvalidInputException.of("destination", "cannot be the node itself or lie below it");
        }
        NodeId parentId = NodePaths.ROOT.equals(parentPath) ? null : existing(node.workspace(), parentPath).id();
        if (nodes.byPath(node.workspace(), newPath).isPresent()) {
            throw new ConflictException("There is already a node at " + newPath + ".", Map.of("path", newPath));
        }
        List<Node> before = nodes.subtree(node.workspace(), node.path());
        lock(node, expectedLock, actor);
        nodes.relocate(node.id(), parentId, name, nodes.nextPosition(node.workspace(), parentId));
        nodes.rewritePaths(node.workspace(), node.path(), newPath);
        Instant now = clock.instant();
        for (Node moved : nodes.subtree(node.workspace(), newPath)) {
            String oldPath = before.stream().filter(b -> b.id().equals(moved.id())).findFirst().orElseThrow().path();
            links.addRedirect(node.workspace(), oldPath, moved.id(), now);
            links.dropRedirect(node.workspace(), moved.path());
            if (moved.published()) {
                published.follow(moved);
                events.moved(moved, oldPath);
            }
        }
        audit.record(actor, "move", node.workspace(), node.id().toString(), newPath, "from " + node.path());
        return reread(node);
    }

    /**
     * Publishes the node (and its subtree when asked) now, or schedules it when {@code publishAt} lies in the
     * future; {@code expireAt} unpublishes it later. Every publish stores a new version.
     */
    public Node publish(String workspace, String path, long expectedLock, PublishRequest request, String actor) {
        Node node = existingAt(workspace, path, expectedLock);
        Instant now = clock.instant();
        if (request.expireAt() != null && !request.expireAt().isAfter(now)) {
            throw InvalidInputException.of("expireAt", "must lie in the future");
        }
        List<Node> targets = request.includeSubnodes() ? nodes.subtree(node.workspace(), node.path()) : List.of(node);
        lock(node, expectedLock, actor);
        boolean scheduled = request.publishAt() != null && request.publishAt().isAfter(now);
        for (Node target : targets) {
            if (scheduled) {
                nodes.schedule(target.id(), request.publishAt(), request.expireAt());
                audit.record(actor, "schedule", target.workspace(), target.id().toString(), target.path(),
                        "publish at " + request.publishAt() + (request.expireAt() == null ? "" : ", expire at " + request.expireAt()));
            } else {
                publishNow(target, actor);
                nodes.schedule(target.id(), null, request.expireAt());
            }
        }
        return reread(node);
    }

    /** Publishes one node as it is now (used by the scheduler for due publications, too). */
    void publishNow(Node node, String actor) {
        Node current = nodes.byId(node.id()).orElseThrow();
        types.forNode(current.workspace(), current.nodeType())
                .ifPresent(type -> validator.validate(type, current.properties(), false));
        NodeVersion version = versions.create(current, clock.instant(), actor);
        nodes.markPublished(current.id(), version.number(), clock.instant());
        published.put(current, version);
        events.published(current);
        audit.record(actor, "publish", current.workspace(), current.id().toString(), current.path(),
                "version " + version.number());
    }

    /** Takes the node and its subtree off the public side; working copies and versions stay. */
    public Node unpublish(String workspace, String path, long expectedLock, String actor) {
        Node node = existingAt(workspace, path, expectedLock);
        lock(node, expectedLock, actor);
        for (Node target : nodes.subtree(node.workspace(), node.path())) {
            unpublishNow(target, actor);
        }
        return reread(node);
    }

    void unpublishNow(Node node, String actor) {
        nodes.schedule(node.id(), null, null);
        if (node.published()) {
            nodes.markUnpublished(node.id());
            published.remove(node.id());
            events.unpublished(node);
            audit.record(actor, "unpublish", node.workspace(), node.id().toString(), node.path(), null);
        }
    }

    /** Makes the properties of a version the working copy again (publish to make it public). */
    public Node restoreVersion(String workspace, String path, long expectedLock, int number, String actor) {
        Node node = existingAt(workspace, path, expectedLock);
        NodeVersion version = versions.get(node.id(), number)
                .orElseThrow(() -> new NotFoundException("version " + number + " of " + node.path()));
        PropertyValidator.Validated validated = validate(node.workspace(), node.nodeType(), version.properties(), false);
        if (!nodes.updateProperties(node.id(), expectedLock, validated.properties(), clock.instant(), actor)) {
            throw stale(node);
        }
        links.replaceReferences(node.id(), validated.references());
        audit.record(actor, "restore-version", node.workspace(), node.id().toString(), node.path(), "version " + number);
        return reread(node);
    }

    /** Brings a deleted subtree back to its old place, as unpublished working copies. */
    public Node restoreFromTrash(String workspace, NodeId id, String actor) {
        TrashEntry entry = nodes.trashEntry(types.requireWorkspace(workspace), id)
                .orElseThrow(() -> new NotFoundException("node " + id + " in the trash of " + workspace));
        if (nodes.byPath(workspace, entry.path()).isPresent()) {
            throw new ConflictException("Another node now lives at " + entry.path() + "; move it away first.",
                    Map.of("path", entry.path()));
        }
        String parent = NodePaths.parent(entry.path());
        if (!NodePaths.ROOT.equals(parent) && nodes.byPath(workspace, parent).isEmpty()) {
            throw new ConflictException("The parent " + parent + " no longer exists; restore it first.",
                    Map.of("path", parent));
        }
        nodes.restoreFromTrash(id.toString());
        audit.record(actor, "restore", workspace, id.toString(), entry.path(), "from the trash");
        return nodes.byId(id).orElseThrow();
    }

    /** Removes a deleted subtree for good. */
    public void purgeFromTrash(String workspace, NodeId id, String actor) {
        TrashEntry entry = nodes.trashEntry(types.requireWorkspace(workspace), id)
                .orElseThrow(() -> new NotFoundException("node " + id + " in the trash of " + workspace));
        nodes.purgeTrash(id.toString());
        audit.record(actor, "purge", workspace, id.toString(), entry.path(), "removed from the trash for good");
    }

    private PropertyValidator.Validated validate(String workspace, String nodeType, Map<String, Object> properties,
            boolean fromText) {
        Optional<ContentType> type = types.forNode(workspace, nodeType);
        if (type.isEmpty()) {
            if (!properties.isEmpty()) {
                throw InvalidInputException.of(properties.keySet().iterator().next(), "folders have no properties");
            }
            return new PropertyValidator.Validated(Map.of(), List.of());
        }
        PropertyValidator.Validated validated = validator.validate(type.get(), properties, fromText);
        checkReferences(validated.references());
        return validated;
    }

    private void checkReferences(List<PropertyValidator.Reference> references) {
        List<InvalidInputException.FieldError> errors = references.stream()
                .filter(r -> !referenceResolves(r))
                .map(r -> new InvalidInputException.FieldError(r.property(),
                        "does not point to an existing node of type '" + r.definition().target() + "'"))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private boolean referenceResolves(PropertyValidator.Reference reference) {
        return nodes.byId(NodeId.of(reference.targetId()))
                .flatMap(target -> types.forNode(target.workspace(), target.nodeType()))
                .map(type -> type.name().equals(reference.definition().target()))
                .orElse(false);
    }

    private Node existing(String workspace, String path) {
        return nodes.byPath(types.requireWorkspace(workspace), NodePaths.normalize(path))
                .orElseThrow(() -> new NotFoundException("node " + path + " in workspace " + workspace));
    }

    private Node existingAt(String workspace, String path, long expectedLock) {
        Node node = existing(workspace, path);
        if (node.lockVersion() != expectedLock) {
            throw stale(node);
        }
        return node;
    }

    /** Claims the node for this change: bumps its lock version, or fails when someone was faster. */
    private void lock(Node node, long expectedLock, String actor) {
        if (!nodes.touch(node.id(), expectedLock, clock.instant(), actor)) {
            throw stale(node);
        }
    }

    private PreconditionException stale(Node node) {
        return PreconditionException.failed(reread(node).etag());
    }

    private Node reread(Node node) {
        return nodes.byId(node.id()).orElseThrow();
    }
}
