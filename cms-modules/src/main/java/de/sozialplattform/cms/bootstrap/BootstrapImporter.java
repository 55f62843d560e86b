package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates node trees read from bootstrap files, in the caller's transaction. References are set in a second
 * pass, so files may refer to each other in any order; nodes Magnolia marked as activated are published.
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

    /** Imports the trees; each entry is a root node to be created below its file's parent path. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importTrees(Map<BootstrapFile, BootstrapNode> trees, String actor) {
        List<Pending> pending = new ArrayList<>();
        trees.forEach((file, root) -> {
            if (!NodePaths.name(file.path()).equals(root.name())) {
                throw new BootstrapException(file.fileName() + ": its top-level node must be named '"
                        + NodePaths.name(file.path()) + "', not '" + root.name() + "'");
            }
            create(file, file.workspace(), file.parentPath(), root, actor, pending);
        });
        for (Pending item : pending) {
            Node node = reader.require(item.workspace(), item.path());
            if (!item.references().isEmpty()) {
                node = guard(item.file(), item.path(), () -> content.update(item.workspace(), item.path(),
                        reader.require(item.workspace(), item.path()).lockVersion(), item.references(), actor));
            }
            if (item.activated()) {
                long lock = node.lockVersion();
                guard(item.file(), item.path(), () -> content.publish(item.workspace(), item.path(), lock,
                        PublishRequest.now(), actor));
            }
        }
    }

    private void create(BootstrapFile file, String workspace, String parentPath, BootstrapNode node, String actor,
            List<Pending> pending) {
        Map<String, Object> plain = new HashMap<>(node.properties());
        Map<String, Object> references = new HashMap<>();
        lightModules.contentTypeOf(workspace, node.nodeType()).ifPresent(type -> type.properties().stream()
                .filter(p -> p.type() == PropertyType.REFERENCE && plain.containsKey(p.name()))
                .forEach(p -> references.put(p.name(), plain.remove(p.name()))));
        NodeId id = node.identifier() == null ? null : NodeId.parse(node.identifier(), "jcr:uuid");
        String path = NodePaths.child(parentPath, node.name());
        guard(file, path, () -> content.create(new NewNode(id, workspace, parentPath, node.name(), node.nodeType(), plain),
                actor, true));
        pending.add(new Pending(file, workspace, path, references, node.activated()));
        node.children().forEach(child -> create(file, workspace, path, child, actor, pending));
    }

    private static <T> T guard(BootstrapFile file, String path, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiException e) {
            throw new BootstrapException(file.fileName() + ", node " + path + ": " + e.getMessage()
                    + (e.properties().isEmpty() ? "" : " " + e.properties()), e);
        }
    }

    private record Pending(BootstrapFile file, String workspace, String path, Map<String, Object> references,
            boolean activated) {
    }
}
