package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.content.NodeStatus;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.cms.problem.ConflictException;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports node trees read from bootstrap files, in the caller's transaction (so a failing node undoes the whole
 * import). {@link ImportMode#MERGE} creates missing nodes and updates existing ones matched by path;
 * {@link ImportMode#REPLACE} first removes the existing subtree for good. References are set in a second pass,
 * so files may refer to each other in any order; nodes Magnolia marked as activated are published.
 */
@Component
public class BootstrapImporter {

    private final ContentService content;
    private final ContentReader reader;
    private final LightModules lightModules;

    BootstrapImporter(ContentService content, ContentReader reader, LightModules lightModules) {
        this.content = content;
        this.reader = reader;
        this.lightModules = lightModules;
    }

    /** Imports the trees by merging; each entry is a root node to be placed at its file's path. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ImportSummary importTrees(Map<BootstrapFile, BootstrapNode> trees, String actor) {
        return importTrees(trees, ImportMode.MERGE, actor);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ImportSummary importTrees(Map<BootstrapFile, BootstrapNode> trees, ImportMode mode, String actor) {
        Run run = new Run(actor);
        trees.forEach((file, root) -> {
            if (!NodePaths.name(file.path()).equals(root.name())) {
                throw new BootstrapException(file.fileName() + ": its top-level node must be named '"
                        + NodePaths.name(file.path()) + "', not '" + root.name() + "'", file.path(), root.line(), null);
            }
        });
        if (mode == ImportMode.REPLACE) {
            trees.keySet().forEach(run::remove);
        }
        new ImportOrder(lightModules).sort(trees).forEach((file, root) -> run.put(file, file.parentPath(), root));
        run.finish();
        return new ImportSummary(mode, run.created.size(), run.updated.size(),
                run.existing.size() - run.updated.size(), run.published, run.removed);
    }

    /** One import: its counts and the work left for the second pass. */
    private final class Run {

        private final String actor;
        private final List<Pending> pending = new ArrayList<>();
        private final Set<String> created = new HashSet<>();
        private final Set<String> existing = new HashSet<>();
        private final Set<String> updated = new HashSet<>();
        private int published;
        private int removed;

        Run(String actor) {
            this.actor = actor;
        }

        /** Deletes the subtree at the file's path and purges it, so its identifiers can be used again. */
        void remove(BootstrapFile file) {
            reader.find(file.workspace(), file.path()).ifPresent(node -> guard(file, file.path(), null, () -> {
                int size = 1 + reader.list(file.workspace(), node.path(), null, null, Integer.MAX_VALUE, 0).size();
                content.delete(file.workspace(), node.path(), node.lockVersion(), actor);
                content.purgeFromTrash(file.workspace(), node.id(), actor);
                removed += size;
                return null;
            }));
        }

        void put(BootstrapFile file, String parentPath, BootstrapNode node) {
            String workspace = file.workspace();
            String path = NodePaths.child(parentPath, node.name());
            Map<String, Object> plain = new HashMap<>(node.properties());
            Map<String, Object> references = new HashMap<>();
            // A reference to a node that exists already is set at once (a required reference must be); the others
            // wait for the second pass, when every node of the import exists.
            lightModules.contentTypeOf(workspace, node.nodeType()).ifPresent(type -> type.properties().stream()
                    .filter(p -> p.type() == PropertyType.REFERENCE && plain.containsKey(p.name()))
                    .filter(p -> !targetsExist(plain.get(p.name())))
                    .forEach(p -> references.put(p.name(), plain.remove(p.name()))));
            guard(file, path, node, () -> {
                Optional<Node> found = reader.find(workspace, path);
                return found.isPresent() ? update(found.get(), node, plain) : create(workspace, parentPath, node, plain);
            });
            pending.add(new Pending(file, node, path, references));
            node.children().forEach(child -> put(file, path, child));
        }

        private boolean targetsExist(Object value) {
            List<?> ids = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
            return ids.stream().allMatch(id -> id instanceof String text && isUuid(text)
                    && reader.find(NodeId.of(text)).isPresent());
        }

        private static boolean isUuid(String text) {
            try {
                NodeId.of(text);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private Node create(String workspace, String parentPath, BootstrapNode node, Map<String, Object> properties) {
            NodeId id = node.identifier() == null ? null : NodeId.parse(node.identifier(), "jcr:uuid");
            created.add(NodePaths.child(parentPath, node.name()));
            return content.create(new NewNode(id, workspace, parentPath, node.name(), node.nodeType(), properties),
                    actor, true);
        }

        private Node update(Node current, BootstrapNode node, Map<String, Object> properties) {
            existing.add(current.path());
            if (!current.nodeType().equals(node.nodeType())) {
                throw new ConflictException("The node at " + current.path() + " is a '" + current.nodeType()
                        + "', the file has a '" + node.nodeType() + "' there; use mode replace.",
                        Map.of("path", current.path()));
            }
            if (StoredValues.hold(current.properties(), properties)) {
                return current;
            }
            updated.add(current.path());
            return content.update(current.workspace(), current.path(), current.lockVersion(), properties, actor);
        }

        /** Second pass: references (all targets exist now), then publication of activated nodes. */
        void finish() {
            for (Pending item : pending) {
                String workspace = item.file().workspace();
                Node node = reader.require(workspace, item.path());
                if (!StoredValues.hold(node.properties(), item.references())) {
                    Node before = node;
                    node = guard(item.file(), item.path(), item.node(), () -> content.update(workspace, before.path(),
                            before.lockVersion(), item.references(), actor));
                    if (!created.contains(item.path())) {
                        updated.add(item.path());
                    }
                }
                if (item.node().activated() && node.status() != NodeStatus.PUBLISHED) {
                    long lock = node.lockVersion();
                    guard(item.file(), item.path(), item.node(), () -> content.publish(workspace, item.path(), lock,
                            PublishRequest.now(), actor));
                    published++;
                }
            }
        }
    }

    /** Runs one repository call for a node; its refusal becomes a {@link BootstrapException} naming file and node. */
    private static <T> T guard(BootstrapFile file, String path, BootstrapNode node, Supplier<T> work) {
        Integer line = node == null ? null : node.line();
        String where = file.fileName() + ", node " + path + (line == null ? "" : " (line " + line + ")") + ": ";
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw new BootstrapException(where + e.errors().stream().map(error -> error.field() + ": " + error.message())
                    .collect(Collectors.joining("; ")), path, line, e);
        } catch (ApiException e) {
            throw new BootstrapException(where + e.getMessage() + (e.properties().isEmpty() ? "" : " " + e.properties()),
                    path, line, e);
        } catch (DataIntegrityViolationException e) {
            // Mostly an identifier still held by a node in the trash (a key the repository does not check itself);
            // else a node stored at the same place meanwhile.
            throw new BootstrapException(where + "its jcr:uuid or path is taken (by a node in the trash? purge it "
                    + "first)", path, line, new ConflictException("The identifier or path of " + path + " is taken.",
                            Map.of("path", path)));
        }
    }

    private record Pending(BootstrapFile file, BootstrapNode node, String path, Map<String, Object> references) {
    }
}
