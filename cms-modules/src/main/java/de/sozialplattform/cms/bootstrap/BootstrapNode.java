package de.sozialplattform.cms.bootstrap;

import java.util.List;
import java.util.Map;

/**
 * A node read from a bootstrap file.
 *
 * @param identifier its {@code jcr:uuid}, or {@code null}
 * @param activated whether Magnolia marked it published ({@code mgnl:activationStatus: true})
 * @param properties property values as read: text, or for Boolean/Long/Double properties the parsed value
 *     ({@link Boolean}, {@link java.math.BigDecimal}); lists; sub-models as maps or lists of maps; {@code null}
 *     for a YAML null (merge: removes the property)
 * @param line where the node starts in the file (1-based), for error messages
 */
public record BootstrapNode(String name, String nodeType, String identifier, boolean activated,
        Map<String, Object> properties, List<BootstrapNode> children, int line) {
}
