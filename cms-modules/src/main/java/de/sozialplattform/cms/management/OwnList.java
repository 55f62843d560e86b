package de.sozialplattform.cms.management;

import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.content.NodeStatus;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code @list} for a centre maintainer: the same filters and paging as the database query, applied to their own
 * few nodes, so a list never shows another organisation's working copy and paging stays consistent.
 */
final class OwnList {

    private OwnList() {
    }

    static List<Node> filter(Stream<Node> own, String underPath, String nodeType, NodeStatus status, int limit,
            int offset) {
        String prefix = NodePaths.ROOT.equals(underPath) ? "/" : underPath + "/";
        return own.filter(node -> node.path().startsWith(prefix))
                .filter(node -> nodeType == null || nodeType.isEmpty() || node.nodeType().equals(nodeType))
                .filter(node -> status == null || node.status() == status)
                .skip(offset).limit(limit).toList();
    }
}
