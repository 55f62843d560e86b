package de.sozialplattform.cms.management;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Nodes in the JSON shape of Magnolia's nodes endpoint, plus the publication state editors need. */
@Component
class NodeJson {

    private final LightModules lightModules;
    private final ContentReader reader;

    NodeJson(LightModules lightModules, ContentReader reader) {
        this.lightModules = lightModules;
        this.reader = reader;
    }

    /** The node alone. */
    Map<String, Object> write(Node node) {
        return write(node, 0, child -> true);
    }

    /** The node with those of its children down to {@code depth} levels the caller may read. */
    Map<String, Object> write(Node node, int depth, Predicate<Node> readable) {
        Map<String, Object> json = summary(node);
        json.put("properties", properties(node));
        if (depth > 0) {
            json.put("nodes", reader.children(node.workspace(), node.path()).stream().filter(readable)
                    .map(child -> write(child, depth - 1, readable)).toList());
        }
        return json;
    }

    Map<String, Object> summary(Node node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", node.name());
        json.put("type", node.nodeType());
        json.put("path", node.path());
        json.put("identifier", node.id().toString());
        json.put("status", node.status().label());
        json.put("etag", node.etag());
        json.put("publishedVersion", node.publishedVersion());
        json.put("publishAt", node.publishAt());
        json.put("expireAt", node.expireAt());
        json.put("created", node.createdAt());
        json.put("createdBy", node.createdBy());
        json.put("lastModified", node.modifiedAt());
        json.put("lastModifiedBy", node.modifiedBy());
        return json;
    }

    /** Properties as Magnolia lists them: name, type, multiple, values. */
    List<Map<String, Object>> properties(Node node) {
        Optional<ContentType> type = lightModules.contentTypeOf(node.workspace(), node.nodeType());
        List<Map<String, Object>> properties = new ArrayList<>();
        node.properties().forEach((name, value) -> {
            Optional<PropertyDefinition> definition = type.flatMap(t -> t.property(baseName(name)));
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("name", name);
            property.put("type", definition.map(NodeJson::typeName).orElse("String"));
            property.put("multiple", definition.map(PropertyDefinition::multiple).orElse(value instanceof List<?>));
            property.put("values", value instanceof List<?> list ? list : List.of(value));
            properties.add(property);
        });
        return properties;
    }

    private static String baseName(String name) {
        int underscore = name.lastIndexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }

    private static String typeName(PropertyDefinition definition) {
        return switch (definition.type()) {
            case REFERENCE -> "reference:" + definition.target();
            case SUBMODEL -> definition.target();
            default -> definition.type().yamlName();
        };
    }

    /**
     * Reads the {@code properties} member of a request: Magnolia's list of {@code {name, values}} or a plain
     * object of name to value. Returns name → value ({@code null} means remove).
     */
    static Map<String, Object> readProperties(Object properties, Map<String, PropertyDefinition> definitions) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (properties == null) {
            return result;
        }
        if (properties instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value));
            return result;
        }
        if (!(properties instanceof List<?> list)) {
            throw invalid("properties", "must be a list of {name, values} or an object of names to values");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry) || !(entry.get("name") instanceof String name)) {
                throw invalid("properties[" + i + "]", "must be an object with 'name' and 'values'");
            }
            Object values = entry.get("values");
            if (values != null && !(values instanceof List<?>)) {
                throw invalid("properties[" + i + "].values", "must be a list");
            }
            result.put(name, collapse(name, (List<?>) values, definitions));
        }
        return result;
    }

    /** Magnolia always sends a list of values; a single-valued property takes its only value. */
    private static Object collapse(String name, List<?> values, Map<String, PropertyDefinition> definitions) {
        if (values == null) {
            return null;
        }
        PropertyDefinition definition = definitions.get(baseName(name));
        boolean multiple = definition != null && definition.multiple();
        if (multiple) {
            return values;
        }
        if (values.size() > 1) {
            throw invalid(name, "takes a single value, not " + values.size());
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static de.sozialplattform.cms.problem.InvalidInputException invalid(String field, String message) {
        return de.sozialplattform.cms.problem.InvalidInputException.of(field, message);
    }
}
