package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads Magnolia YAML bootstrap files: one top-level key (the root node's name); every node a mapping with
 * {@code jcr:primaryType}; properties as scalars or lists; child nodes as nested mappings. A child whose name is
 * a sub-model property of the node's content type becomes that property's value (a multiple sub-model is a
 * child with numbered children {@code 0, 1, ...}, as Magnolia stores composite fields). Magnolia's system
 * properties (timestamps, authors, mixins, template) are ignored; order of keys does not matter.
 */
@Component
public class BootstrapYamlReader {

    static final Set<String> SYSTEM_PROPERTIES = Set.of("jcr:primaryType", "jcr:uuid", "jcr:mixinTypes",
            "mgnl:activationStatus", "mgnl:created", "mgnl:createdBy", "mgnl:lastModified", "mgnl:lastModifiedBy",
            "mgnl:lastActivated", "mgnl:lastActivatedBy", "mgnl:lastActivatedVersion",
            "mgnl:lastActivatedVersionCreated", "mgnl:template", "mgnl:comment");

    private final LightModules lightModules;

    public BootstrapYamlReader(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    public BootstrapNode read(String workspace, Reader yaml) {
        // Larger files than SnakeYAML's default 3 MB are fine from the command line; HTTP has its own limit.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(256 * 1024 * 1024);
        Node root;
        try {
            root = new Yaml(options).compose(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new BootstrapException("not valid YAML at line " + line + ": " + e.getProblem(), null, line, e);
        } catch (YAMLException e) {
            throw new BootstrapException("not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
            throw new BootstrapException("a bootstrap file holds exactly one top-level node", null,
                    root == null ? null : line(root), null);
        }
        NodeTuple top = mapping.getValue().get(0);
        String name = text(top.getKeyNode());
        return node(workspace, name, top.getKeyNode(), top.getValueNode());
    }

    /**
     * @param trail the node's path within the file, for messages
     * @param key the node's name in the file: messages give its line
     */
    private BootstrapNode node(String workspace, String trail, Node key, Node yaml) {
        String name = text(key);
        if (!(yaml instanceof MappingNode mapping)) {
            throw problem(trail, key, "must be a mapping (a node)");
        }
        Map<String, Node> entries = entries(mapping, trail);
        String nodeType = Optional.ofNullable(entries.get("jcr:primaryType")).map(this::text)
                .orElseThrow(() -> problem(trail, key, "has no jcr:primaryType"));
        Optional<ContentType> type = lightModules.contentTypeOf(workspace, nodeType);
        List<PropertyDefinition> model = type.map(ContentType::properties).orElse(List.of());
        Map<String, Object> properties = new LinkedHashMap<>();
        List<BootstrapNode> children = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String child = text(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (SYSTEM_PROPERTIES.contains(child)) {
                continue;
            }
            PropertyDefinition definition = definition(model, child);
            if (definition != null && definition.type() == PropertyType.SUBMODEL && definition.name().equals(child)) {
                properties.put(child, subModelValue(type.get(), definition, value, trail + "/" + child));
            } else if (value instanceof MappingNode) {
                children.add(node(workspace, trail + "/" + child, tuple.getKeyNode(), value));
            } else {
                properties.put(child, value(value, definition));
            }
        }
        String identifier = Optional.ofNullable(entries.get("jcr:uuid")).map(this::text).orElse(null);
        boolean activated = Optional.ofNullable(entries.get("mgnl:activationStatus")).map(this::text)
                .map("true"::equals).orElse(false);
        return new BootstrapNode(name, nodeType, identifier, activated, properties, children, line(key));
    }

    private Object subModelValue(ContentType type, PropertyDefinition definition, Node value, String trail) {
        if (!(value instanceof MappingNode mapping)) {
            throw problem(trail, value, "must be a child node");
        }
        List<PropertyDefinition> model = type.subModels().get(definition.target()).properties();
        if (!definition.multiple()) {
            return plainProperties(type, model, mapping, trail);
        }
        List<Object> items = new ArrayList<>();
        entries(mapping, trail).forEach((key, item) -> {
            if (!SYSTEM_PROPERTIES.contains(key)) {
                if (!(item instanceof MappingNode itemMapping)) {
                    throw problem(trail + "/" + key, item, "must be a child node");
                }
                items.add(plainProperties(type, model, itemMapping, trail + "/" + key));
            }
        });
        return items;
    }

    private Map<String, Object> plainProperties(ContentType type, List<PropertyDefinition> model, MappingNode mapping,
            String trail) {
        Map<String, Object> properties = new LinkedHashMap<>();
        entries(mapping, trail).forEach((key, value) -> {
            if (!SYSTEM_PROPERTIES.contains(key)) {
                PropertyDefinition definition = definition(model, key);
                boolean subModel = definition != null && definition.type() == PropertyType.SUBMODEL;
                properties.put(key, subModel ? subModelValue(type, definition, value, trail + "/" + key)
                        : value(value, definition));
            }
        });
        return properties;
    }

    private Object value(Node node, PropertyDefinition definition) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(item -> value(item, definition)).toList();
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            mapping.getValue().forEach(tuple -> map.put(text(tuple.getKeyNode()), value(tuple.getValueNode(), null)));
            return map;
        }
        return scalar((ScalarNode) node, definition);
    }

    /**
     * A scalar as the property needs it. Text stays text (the repository converts it leniently on create), but
     * booleans and numbers are parsed, because updates of existing nodes (merge) take typed values only. A value
     * that does not parse stays text, so the repository reports it for the property.
     */
    private static Object scalar(ScalarNode scalar, PropertyDefinition definition) {
        String text = scalar.getValue();
        if (Tag.NULL.equals(scalar.getTag())) {
            return null;
        }
        PropertyType type = definition == null ? null : definition.type();
        if (type == PropertyType.BOOLEAN && ("true".equals(text) || "false".equals(text))) {
            return Boolean.valueOf(text);
        }
        if (type == PropertyType.LONG || type == PropertyType.DOUBLE) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    /** The definition of {@code key}: a property of the model or a translation {@code name_<lang>} of one. */
    static PropertyDefinition definition(List<PropertyDefinition> model, String key) {
        for (PropertyDefinition definition : model) {
            if (definition.name().equals(key)) {
                return definition;
            }
        }
        int underscore = key.lastIndexOf('_');
        if (underscore < 0) {
            return null;
        }
        String base = key.substring(0, underscore);
        return model.stream().filter(d -> d.name().equals(base) && d.i18n()).findFirst().orElse(null);
    }

    private Map<String, Node> entries(MappingNode mapping, String trail) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (entries.put(text(tuple.getKeyNode()), tuple.getValueNode()) != null) {
                throw problem(trail, tuple.getKeyNode(), "has the key '" + text(tuple.getKeyNode()) + "' twice");
            }
        }
        return entries;
    }

    private String text(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new BootstrapException("expected a single value at line " + line(node), null, line(node), null);
        }
        return scalar.getValue();
    }

    /** @param trail the node's path within the file ({@code root/child}), given as the exception's node */
    private static BootstrapException problem(String trail, Node node, String message) {
        return new BootstrapException("'" + trail + "' (line " + line(node) + ") " + message, trail, line(node), null);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
