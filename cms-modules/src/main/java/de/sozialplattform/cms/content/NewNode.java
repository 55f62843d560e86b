package de.sozialplattform.cms.content;

import java.util.Map;

/**
 * A node to create.
 *
 * @param id the identifier to use (imports keep theirs), or {@code null} for a new one
 * @param parentPath where to create it ({@code /} for the top level)
 * @param name node name, the last path segment
 * @param nodeType a node type of the workspace or {@code mgnl:folder}
 * @param properties property values, translations as {@code name_<lang>}
 */
public record NewNode(NodeId id, String workspace, String parentPath, String name, String nodeType,
        Map<String, Object> properties) {
}
