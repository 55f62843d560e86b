package de.sozialplattform.cms.bootstrap;

import java.util.List;
import java.util.Map;

/**
 * A node read from a bootstrap file.
 *
 * @param identifier its {@code jcr:uuid}, or {@code null}
 * @param activated whether Magnolia marked it published ({@code mgnl:activationStatus: true})
 * @param properties property values as read (scalars as text, lists, sub-models as maps or lists of maps)
 */
public record BootstrapNode(String name, String nodeType, String identifier, boolean activated,
        Map<String, Object> properties, List<BootstrapNode> children) {
}
