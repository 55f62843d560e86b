package de.sozialplattform.cms.content;

import de.sozialplattform.cms.problem.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the working copies, versions and trash for editors. */
@Service
@Transactional(readOnly = true)
public class ContentReader {

    private final NodeStore nodes;
    private final VersionStore versions;
    private final NodeLinks links;
    private final ContentTypes types;

    ContentReader(NodeStore nodes, VersionStore versions, NodeLinks links, ContentTypes types) {
        this.nodes = nodes;
        this.versions = versions;
        this.links = links;
        this.types = types;
    }

    public Optional<Node> find(String workspace, String path) {
        return nodes.byPath(types.requireWorkspace(workspace), NodePaths.normalize(path));
    }

    public Node require(String workspace, String path) {
        return find(workspace, path).orElseThrow(() -> new NotFoundException("node " + path + " in workspace " + workspace));
    }

    public Optional<Node> find(NodeId id) {
        return nodes.byId(id);
    }

    /** Where a node that used to be at {@code path} lives now, if it was moved. */
    public Optional<Node> movedFrom(String workspace, String path) {
        return links.redirect(types.requireWorkspace(workspace), NodePaths.normalize(path)).flatMap(nodes::byId);
    }

    /** Children of the node at {@code path} ({@code /} for the top level), in order. */
    public List<Node> children(String workspace, String path) {
        String normalized = NodePaths.normalize(path);
        NodeId parent = NodePaths.ROOT.equals(normalized) ? null : require(workspace, normalized).id();
        return nodes.children(types.requireWorkspace(workspace), parent);
    }

    public List<Node> list(String workspace, String underPath, String nodeType, NodeStatus status, int limit, int offset) {
        return nodes.list(types.requireWorkspace(workspace), NodePaths.normalize(underPath), nodeType, status, limit, offset);
    }

    /** Live nodes of the workspace whose reference {@code property} points to one of {@code targetIds}. */
    public List<Node> referencing(String workspace, String property, java.util.Collection<String> targetIds) {
        return nodes.referencing(types.requireWorkspace(workspace), property, targetIds);
    }

    public List<NodeVersion> versions(String workspace, String path) {
        return versions.list(require(workspace, path).id());
    }

    public NodeVersion version(String workspace, String path, int number) {
        Node node = require(workspace, path);
        return versions.get(node.id(), number)
                .orElseThrow(() -> new NotFoundException("version " + number + " of " + node.path()));
    }

    public List<TrashEntry> trash(String workspace) {
        return nodes.trash(types.requireWorkspace(workspace));
    }
}
