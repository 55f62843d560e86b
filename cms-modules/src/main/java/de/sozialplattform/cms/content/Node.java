package de.sozialplattform.cms.content;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A node's working copy with its publication state.
 *
 * @param properties property values by name, translations as {@code name_<lang>}; sub-models as maps
 * @param lockVersion incremented by every write; the node's ETag
 * @param publishedVersion the version delivered to the public, {@code null} when not published
 */
public record Node(NodeId id, String workspace, NodeId parentId, String name, String path, String nodeType,
        int position, Map<String, Object> properties, long lockVersion, Instant createdAt, String createdBy,
        Instant modifiedAt, String modifiedBy, boolean dirty, Integer publishedVersion, Instant publishedAt,
        Instant publishAt, Instant expireAt) {

    public static final String FOLDER = "mgnl:folder";

    public Node {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public NodeStatus status() {
        if (publishedVersion == null) {
            return publishAt != null ? NodeStatus.SCHEDULED : NodeStatus.DRAFT;
        }
        return dirty ? NodeStatus.MODIFIED : NodeStatus.PUBLISHED;
    }

    public boolean published() {
        return publishedVersion != null;
    }

    public String etag() {
        return "\"" + lockVersion + "\"";
    }
}
