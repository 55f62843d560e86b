package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Magnolia YAML bootstrap files: one top-level key (the root node's name); every node a mapping with
 * {@code jcr:primaryType}; properties as scalars or lists; child nodes as nested mappings. A child whose name is
 * a sub-model property of the node's content type becomes that property's value (a multiple sub-model is a
 * child with numbered children {@code 0, 1, ...}, as Magnolia stores composite fields).
 */
@Component
public class BootstrapYamlReader {

    private static final Set<String> SYSTEM_PROPERTIES = Set.of("jcr:primaryType", "jcr:uuid", "jcr:mixinTypes",
            "mgnl:activationStatus", "mgnl:created", "mgnl:createdBy", "mgnl:lastModified", "mgnl:lastModifiedBy",
            "mgnl:lastActivated", "mgnl:lastActivatedBy", "mgnl:lastActivatedVersion", "mgnl:template");

    private final LightModules lightModules;

    public BootstrapYamlReader(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    public BootstrapNode read(String workspace, Reader yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root = new Yaml(options).compose(yaml);
        if (!(root instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
            throw new BootstrapException("a bootstrap file holds exactly one top-level node");
        }
        NodeTuple top = mapping.getValue().get(0);
        return node(workspace, scalar(top.getKeyNode()), top.getValueNode());
    }

    private BootstrapNode node(String workspace, String name, Node yaml) {
        if (!(yaml instanceof MappingNode mapping)) {
            throw new BootstrapException("node '" + name + "' (line " + line(yaml) + ") must be a mapping");
        }
        Map<String, Node> entries = entries(mapping);
        String nodeType = Optional.ofNullable(entries.get("jcr:primaryType")).map(this::scalar)
                .orElseThrow(() -> new BootstrapException("node '" + name + "' (line " + line(yaml) + ") has no jcr:primaryType"));
        Optional<ContentType> type = lightModules.contentTypeOf(workspace, nodeType);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<BootstrapNode> children = new ArrayList<>();
        entries.forEach((key, value) -> {
            if (SYSTEM_PROPERTIES.contains(key)) {
                return;
            }
            Optional<PropertyDefinition> subModel = type.flatMap(t -> t.property(key))
                    .filter(p -> p.type() == PropertyType.SUBMODEL);
            if (subModel.isPresent()) {
                properties.put(key, subModelValue(subModel.get(), value));
            } else if (value instanceof MappingNode) {
                children.add(node(workspace, key, value));
            } else {
                properties.put(key, value(value));
            }
        });
        String identifier = Optional.ofNullable(entries.get("jcr:uuid")).map(this::scalar).orElse(null);
        boolean activated = Optional.ofNullable(entries.get("mgnl:activationStatus")).map(this::scalar)
                .map("true"::equals).orElse(false);
        return new BootstrapNode(name, nodeType, identifier, activated, properties, children);
    }

    private Object subModelValue(PropertyDefinition definition, Node value) {
        if (!(value instanceof MappingNode mapping)) {
            throw new BootstrapException("'" + definition.name() + "' (line " + line(value) + ") must be a child node");
        }
        if (!definition.multiple()) {
            return plainProperties(mapping);
        }
        List<Object> items = new ArrayList<>();
        entries(mapping).forEach((key, item) -> {
            if (!SYSTEM_PROPERTIES.contains(key)) {
                if (!(item instanceof MappingNode itemMapping)) {
                    throw new BootstrapException("'" + definition.name() + "/" + key + "' (line " + line(item)
                            + ") must be a child node");
                }
                items.add(plainProperties(itemMapping));
            }
        });
        return items;
    }

    private Map<String, Object> plainProperties(MappingNode mapping) {
        Map<String, Object> properties = new LinkedHashMap<>();
        entries(mapping).forEach((key, value) -> {
            if (!SYSTEM_PROPERTIES.contains(key)) {
                properties.put(key, value(value));
            }
        });
        return properties;
    }

    private Object value(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(this::value).toList();
        }
        if (node instanceof MappingNode mapping) {
            return plainProperties(mapping);
        }
        return scalar(node);
    }

    private Map<String, Node> entries(MappingNode mapping) {
        Map<String, Node> entries = new LinkedHashMap<>();
        mapping.getValue().forEach(tuple -> entries.put(scalar(tuple.getKeyNode()), tuple.getValueNode()));
        return entries;
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new BootstrapException("expected a single value at line " + line(node));
        }
        return scalar.getValue();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
