package de.sozialplattform.lightmodules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content type in Magnolia's content-type format: where its nodes live (the datasource workspace), their
 * node type, and the model of their properties.
 *
 * @param name the definition id, which is the file name without {@code .yaml}
 * @param workspace the workspace its nodes are stored in
 * @param nodeType the node type of its nodes
 * @param properties the top-level properties of the model
 * @param subModels named groups of properties used as the type of a property
 */
public record ContentType(String name, String workspace, String nodeType, List<PropertyDefinition> properties,
        Map<String, SubModel> subModels) {

    public ContentType {
        properties = List.copyOf(properties);
        subModels = Map.copyOf(subModels);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    /** A named group of properties, stored as a child node (or a list of them when the property is multiple). */
    public record SubModel(String name, List<PropertyDefinition> properties) {

        public SubModel {
            properties = List.copyOf(properties);
        }

        public Optional<PropertyDefinition> property(String propertyName) {
            return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
        }
    }
}
