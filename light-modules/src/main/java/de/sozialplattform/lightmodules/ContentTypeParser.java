package de.sozialplattform.lightmodules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Reads {@code contentTypes/*.yaml} in Magnolia's content-type format. */
@Component
class ContentTypeParser implements DefinitionParser<ContentType> {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern NODE_TYPE = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(:[a-zA-Z][a-zA-Z0-9]*)?");
    private static final List<String> PROPERTY_KEYS =
            List.of("name", "type", "i18n", "multiple", "required", "description");

    @Override
    public String folder() {
        return "contentTypes";
    }

    @Override
    public Class<ContentType> type() {
        return ContentType.class;
    }

    @Override
    public ContentType parse(String id, YamlNode root) {
        Map<String, YamlNode> top = root.entries("the content type");
        YamlNode.onlyKeys(top, List.of("datasource", "model"), "the content type");
        YamlNode datasourceNode = YamlNode.required(top, "datasource", root.line(), "the content type");
        Map<String, YamlNode> datasource = datasourceNode.entries("datasource");
        YamlNode.onlyKeys(datasource, List.of("workspace", "autoCreate", "namespaces"), "datasource");
        YamlNode workspace = YamlNode.required(datasource, "workspace", datasourceNode.keyLine(), "datasource");
        String workspaceName = checkedName(workspace, "workspace");

        YamlNode modelNode = YamlNode.required(top, "model", root.line(), "the content type");
        Map<String, YamlNode> model = modelNode.entries("model");
        YamlNode.onlyKeys(model, List.of("nodeType", "properties", "subModels"), "model");
        YamlNode nodeTypeNode = model.get("nodeType");
        String nodeType = nodeTypeNode != null ? nodeTypeNode.text("nodeType") : id;
        if (!NODE_TYPE.matcher(nodeType).matches()) {
            throw nodeTypeNode != null
                    ? new DefinitionException(nodeTypeNode.line(), "nodeType '" + nodeType + "' is not a valid name")
                    : new DefinitionException(modelNode.keyLine(), "the file name '" + id + "' is not a valid"
                            + " nodeType; set model.nodeType or rename the file");
        }
        Map<String, ContentType.SubModel> subModels = subModels(model.get("subModels"));
        List<PropertyDefinition> properties = properties(
                YamlNode.required(model, "properties", modelNode.keyLine(), "model"), subModels.keySet(), "model");
        return new ContentType(id, workspaceName, nodeType, properties, subModels);
    }

    @Override
    public void verify(ContentType type, YamlNode source, Map<String, ContentType> all) {
        for (PropertyDefinition property : allProperties(type)) {
            if (property.type() == PropertyType.REFERENCE && !all.containsKey(property.target())) {
                throw new DefinitionException(typeLine(source, property), "property '" + property.name()
                        + "' refers to content type '" + property.target() + "', which does not exist");
            }
        }
    }

    /** Line of the {@code type} of {@code property} in the file it was parsed from; 0 when unknown. */
    private static int typeLine(YamlNode source, PropertyDefinition property) {
        if (source == null) {
            return 0;
        }
        // The definition was parsed from source, so the shape has already been checked.
        Map<String, YamlNode> model = source.entries("the content type").get("model").entries("model");
        List<YamlNode> items = new ArrayList<>(model.get("properties").items("properties"));
        if (model.containsKey("subModels")) {
            for (YamlNode subModel : model.get("subModels").items("subModels")) {
                items.addAll(subModel.entries("a sub-model").get("properties").items("properties"));
            }
        }
        String spelling = "reference:" + property.target();
        for (YamlNode item : items) {
            Map<String, YamlNode> entries = item.entries("a property");
            YamlNode type = entries.get("type");
            if (type != null && entries.get("name").text("name").equals(property.name())
                    && type.text("type").equals(spelling)) {
                return type.line();
            }
        }
        return 0;
    }

    private static List<PropertyDefinition> allProperties(ContentType type) {
        List<PropertyDefinition> all = new ArrayList<>(type.properties());
        type.subModels().values().forEach(sub -> all.addAll(sub.properties()));
        return all;
    }

    private Map<String, ContentType.SubModel> subModels(YamlNode node) {
        Map<String, ContentType.SubModel> subModels = new LinkedHashMap<>();
        if (node == null) {
            return subModels;
        }
        List<YamlNode> items = node.items("subModels");
        Set<String> names = new HashSet<>();
        for (YamlNode item : items) {
            names.add(checkedName(YamlNode.required(item.entries("a sub-model"), "name", item.line(), "a sub-model"),
                    "sub-model name"));
        }
        for (YamlNode item : items) {
            Map<String, YamlNode> entries = item.entries("a sub-model");
            YamlNode.onlyKeys(entries, List.of("name", "properties"), "a sub-model");
            String name = entries.get("name").text("name");
            Set<String> others = new HashSet<>(names);
            others.remove(name); // a sub-model cannot contain itself
            List<PropertyDefinition> properties = properties(
                    YamlNode.required(entries, "properties", item.line(), "sub-model '" + name + "'"), others,
                    "sub-model '" + name + "'");
            if (subModels.put(name, new ContentType.SubModel(name, properties)) != null) {
                throw new DefinitionException(item.line(), "sub-model '" + name + "' is defined twice");
            }
        }
        return subModels;
    }

    private List<PropertyDefinition> properties(YamlNode node, Set<String> subModelNames, String where) {
        List<PropertyDefinition> properties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode item : node.items("properties of " + where)) {
            PropertyDefinition property = property(item, subModelNames);
            if (!seen.add(property.name())) {
                throw new DefinitionException(item.line(), "property '" + property.name() + "' is defined twice in " + where);
            }
            properties.add(property);
        }
        return properties;
    }

    private PropertyDefinition property(YamlNode item, Set<String> subModelNames) {
        Map<String, YamlNode> entries = item.entries("a property");
        YamlNode.onlyKeys(entries, PROPERTY_KEYS, "a property");
        String name = checkedName(YamlNode.required(entries, "name", item.line(), "a property"), "property name");
        if (name.contains("_")) {
            throw new DefinitionException(item.line(), "property name '" + name + "' must not contain '_'"
                    + " (reserved for translations such as title_en)");
        }
        if (entries.containsKey("description")) {
            entries.get("description").text("description");
        }
        YamlNode typeNode = entries.get("type");
        String spelling = typeNode == null ? "String" : typeNode.text("type");
        int typeLine = typeNode == null ? item.line() : typeNode.line();
        boolean i18n = flag(entries, "i18n");
        boolean multiple = flag(entries, "multiple");
        boolean required = flag(entries, "required");
        if (spelling.startsWith("reference:")) {
            String target = spelling.substring("reference:".length());
            if (!NAME.matcher(target).matches()) {
                throw new DefinitionException(typeLine, "type '" + spelling + "' must name a content type");
            }
            return new PropertyDefinition(name, PropertyType.REFERENCE, target, false, multiple, required);
        }
        if (subModelNames.contains(spelling)) {
            return new PropertyDefinition(name, PropertyType.SUBMODEL, spelling, false, multiple, required);
        }
        PropertyType type = PropertyType.simple(spelling).orElseThrow(() -> new DefinitionException(typeLine,
                "unknown type '" + spelling + "' of property '" + name + "' (use String, richText, Boolean, Long,"
                        + " Double, Decimal, Date, asset, reference:<type> or a sub-model name)"));
        return new PropertyDefinition(name, type, null, i18n, multiple, required);
    }

    private static boolean flag(Map<String, YamlNode> entries, String key) {
        YamlNode node = entries.get(key);
        return node != null && node.bool(key);
    }

    private static String checkedName(YamlNode node, String what) {
        String name = node.text(what);
        if (!NAME.matcher(name).matches()) {
            throw new DefinitionException(node.line(), what + " '" + name + "' must start with a letter and contain"
                    + " only letters and digits");
        }
        return name;
    }
}
