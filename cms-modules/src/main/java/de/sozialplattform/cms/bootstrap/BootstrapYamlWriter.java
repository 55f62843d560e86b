package de.sozialplattform.cms.bootstrap;

import static de.sozialplattform.cms.bootstrap.YamlValues.entry;
import static de.sozialplattform.cms.bootstrap.YamlValues.mapping;
import static de.sozialplattform.cms.bootstrap.YamlValues.text;

import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Writes a node and its subtree (working copies) as a Magnolia YAML bootstrap file, deterministically: the same
 * content gives the same bytes. Per node: {@code jcr:primaryType}, {@code jcr:uuid}, {@code mgnl:activationStatus}
 * (only when published), then the properties in the content type's model order with each translation right after
 * its base property (languages in configured order), then sub-models as {@code mgnl:contentNode} children
 * (multiple ones with numbered children {@code 0, 1, ...}), then child nodes in their order. Properties the model
 * no longer has come last, sorted by name, so nothing is lost silently. Creation and modification times are not
 * written: an import creates nodes now, so they could not survive a round trip.
 */
@Component
public class BootstrapYamlWriter {

    static final String CONTENT_NODE = "mgnl:contentNode";

    private final ContentReader reader;
    private final LightModules lightModules;
    private final List<String> translations;

    BootstrapYamlWriter(ContentReader reader, LightModules lightModules, ContentProperties settings) {
        this.reader = reader;
        this.lightModules = lightModules;
        this.translations = settings.languages().subList(1, settings.languages().size());
    }

    /** The file's name, its text and how many nodes it holds. */
    public record Export(String fileName, String yaml, int nodes) {
    }

    /** Exports the node at {@code path} and everything below it, read in one consistent snapshot. */
    @Transactional(readOnly = true)
    public Export write(String workspace, String path) {
        Node root = reader.require(workspace, path);
        AtomicInteger count = new AtomicInteger();
        MappingNode document = mapping(List.of(entry(root.name(), node(root, count))));
        return new Export(BootstrapFile.of(workspace, root.path()).fileName(), YamlValues.write(document), count.get());
    }

    private MappingNode node(Node node, AtomicInteger count) {
        count.incrementAndGet();
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry("jcr:primaryType", text(node.nodeType())));
        entries.add(entry("jcr:uuid", text(node.id().toString())));
        if (node.published()) {
            entries.add(entry("mgnl:activationStatus", YamlValues.untyped(true)));
        }
        Optional<ContentType> type = lightModules.contentTypeOf(node.workspace(), node.nodeType());
        properties(type.orElse(null), type.map(ContentType::properties).orElse(List.of()), node.properties(), entries);
        for (Node child : reader.children(node.workspace(), node.path())) {
            entries.add(entry(child.name(), node(child, count)));
        }
        return mapping(entries);
    }

    private void properties(ContentType type, List<PropertyDefinition> model, Map<String, ?> values,
            List<NodeTuple> entries) {
        Set<String> written = new HashSet<>();
        List<NodeTuple> subModels = new ArrayList<>();
        for (PropertyDefinition definition : model) {
            for (String key : keys(definition)) {
                Object value = values.get(key);
                if (value == null) {
                    continue;
                }
                written.add(key);
                if (definition.type() == PropertyType.SUBMODEL) {
                    subModels.add(entry(key, subModel(type, definition, value)));
                } else {
                    entries.add(entry(key, YamlValues.property(definition, value)));
                }
            }
        }
        values.keySet().stream().filter(key -> !written.contains(key) && values.get(key) != null).sorted()
                .forEach(key -> entries.add(entry(key, YamlValues.untyped(values.get(key)))));
        entries.addAll(subModels);
    }

    private List<String> keys(PropertyDefinition definition) {
        List<String> keys = new ArrayList<>(List.of(definition.name()));
        if (definition.i18n()) {
            translations.forEach(language -> keys.add(definition.name() + "_" + language));
        }
        return keys;
    }

    /** A sub-model value as Magnolia stores it: a content node, or one with numbered content nodes. */
    private MappingNode subModel(ContentType type, PropertyDefinition definition, Object value) {
        List<PropertyDefinition> model = type.subModels().get(definition.target()).properties();
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry("jcr:primaryType", text(CONTENT_NODE)));
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                entries.add(entry(Integer.toString(i), subModelItem(type, model, items.get(i))));
            }
        } else {
            properties(type, model, asMap(value), entries);
        }
        return mapping(entries);
    }

    private MappingNode subModelItem(ContentType type, List<PropertyDefinition> model, Object item) {
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry("jcr:primaryType", text(CONTENT_NODE)));
        properties(type, model, asMap(item), entries);
        return mapping(entries);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of();
    }
}
