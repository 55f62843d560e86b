package de.sozialplattform.cms.content;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node as the public sees it: the properties of its published version at its current place.
 *
 * @param modifiedAt when the published version was made (Magnolia's {@code mgnl:lastModified} on the public side)
 */
public record PublishedNode(NodeId id, String workspace, NodeId parentId, String name, String path, String nodeType,
        int position, int version, Map<String, Object> properties, Instant createdAt, Instant modifiedAt) {

    public PublishedNode {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A working copy shown as if it were published (preview). */
    static PublishedNode preview(Node node) {
        return new PublishedNode(node.id(), node.workspace(), node.parentId(), node.name(), node.path(),
                node.nodeType(), node.position(), 0, node.properties(), node.createdAt(), node.modifiedAt());
    }
}
