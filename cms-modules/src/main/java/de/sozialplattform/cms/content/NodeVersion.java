package de.sozialplattform.cms.content;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A snapshot of a node's properties taken at a publish. */
public record NodeVersion(NodeId nodeId, int number, String nodeType, String path, Map<String, Object> properties,
        Instant createdAt, String createdBy) {

    public NodeVersion {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
