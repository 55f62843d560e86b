package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.PublishedNode;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Nodes in the JSON shape of Magnolia's Delivery API: {@code @name}, {@code @path}, {@code @id},
 * {@code @nodeType}, {@code mgnl:created}, {@code mgnl:lastModified}, properties resolved to one language,
 * child nodes by name and their names in {@code @nodes}. Sub-models appear as child nodes the way Magnolia
 * stores them ({@code sections/0}, {@code sections/1}).
 */
@Component
class DeliveryRenderer {

    private final LightModules lightModules;

    DeliveryRenderer(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    Map<String, Object> render(PublishedNode node, DeliverySource source, int depth) {
        Map<String, Object> json = header(node.name(), node.path(), node.id().toString(), node.nodeType());
        json.put("mgnl:created", node.createdAt().toString());
        json.put("mgnl:lastModified", node.modifiedAt().toString());
        Optional<ContentType> type = lightModules.contentTypeOf(node.workspace(), node.nodeType());
        List<String> childNames = new ArrayList<>();
        if (source.language().all()) {
            json.putAll(node.properties());
        } else {
            type.ifPresent(t -> properties(t, t.properties(), node.properties(), node.path(), node.id(), source, json,
                    childNames));
        }
        if (depth > 0) {
            for (PublishedNode child : source.children(node)) {
                json.put(child.name(), render(child, source, depth - 1));
                childNames.add(child.name());
            }
        }
        json.put("@nodes", childNames);
        return json;
    }

    private void properties(ContentType type, List<PropertyDefinition> model, Map<String, Object> values, String path,
            NodeId owner, DeliverySource source, Map<String, Object> json, List<String> childNames) {
        for (PropertyDefinition definition : model) {
            Object value = source.language().resolve(values, definition);
            if (value == null) {
                continue;
            }
            if (definition.type() == PropertyType.SUBMODEL) {
                json.put(definition.name(), subModel(type, definition, value, path + "/" + definition.name(), owner, source));
                childNames.add(definition.name());
            } else if (definition.type() == PropertyType.REFERENCE) {
                json.put(definition.name(), source.resolveReference(definition.name(), value, this));
            } else {
                json.put(definition.name(), value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> subModel(ContentType type, PropertyDefinition definition, Object value, String path,
            NodeId owner, DeliverySource source) {
        List<PropertyDefinition> model = type.subModels().get(definition.target()).properties();
        if (!definition.multiple()) {
            return contentNode(type, model, (Map<String, Object>) value, path, owner, source);
        }
        Map<String, Object> json = header(definition.name(), path, derivedId(owner, path), "mgnl:contentNode");
        List<String> names = new ArrayList<>();
        List<?> items = (List<?>) value;
        for (int i = 0; i < items.size(); i++) {
            String name = String.valueOf(i);
            json.put(name, contentNode(type, model, (Map<String, Object>) items.get(i), path + "/" + name, owner, source));
            names.add(name);
        }
        json.put("@nodes", names);
        return json;
    }

    private Map<String, Object> contentNode(ContentType type, List<PropertyDefinition> model, Map<String, Object> values,
            String path, NodeId owner, DeliverySource source) {
        Map<String, Object> json = header(path.substring(path.lastIndexOf('/') + 1), path, derivedId(owner, path),
                "mgnl:contentNode");
        List<String> childNames = new ArrayList<>();
        properties(type, model, values, path, owner, source, json, childNames);
        json.put("@nodes", childNames);
        return json;
    }

    private static Map<String, Object> header(String name, String path, String id, String nodeType) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", name);
        json.put("@path", path);
        json.put("@id", id);
        json.put("@nodeType", nodeType);
        return json;
    }

    /** Sub-model nodes have no id of their own; a name-based one keeps them stable across requests. */
    private static String derivedId(NodeId owner, String path) {
        return UUID.nameUUIDFromBytes((owner + path).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
