package de.sozialplattform.cms.delivery;

import de.sozialplattform.lightmodules.DefinitionException;
import de.sozialplattform.lightmodules.DefinitionParser;
import de.sozialplattform.lightmodules.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads Magnolia's {@code jcrDeliveryEndpoint_v2} definitions from {@code restEndpoints/delivery/}. */
@Component
class DeliveryEndpointParser implements DefinitionParser<DeliveryEndpoint> {

    static final String TYPE = "jcrDeliveryEndpoint_v2";
    private static final int MAX_DEPTH = 5;

    @Override
    public String folder() {
        return "restEndpoints/delivery";
    }

    @Override
    public Class<DeliveryEndpoint> type() {
        return DeliveryEndpoint.class;
    }

    @Override
    public DeliveryEndpoint parse(String id, YamlNode root) {
        Map<String, YamlNode> entries = root.entries("the endpoint");
        YamlNode.onlyKeys(entries, List.of("$type", "workspace", "rootPath", "depth", "limit", "nodeTypes",
                "childNodeTypes", "references", "bypassWorkspaceAcls", "includeSystemProperties"), "the endpoint");
        String type = YamlNode.required(entries, "$type", root.line(), "the endpoint").text("$type");
        if (!TYPE.equals(type)) {
            throw new DefinitionException(entries.get("$type").line(), "$type must be " + TYPE + ", not '" + type + "'");
        }
        String workspace = YamlNode.required(entries, "workspace", root.line(), "the endpoint").text("workspace");
        String rootPath = entries.containsKey("rootPath") ? entries.get("rootPath").text("rootPath") : "/";
        if (!rootPath.startsWith("/") || rootPath.length() > 1 && rootPath.endsWith("/")) {
            throw new DefinitionException(entries.get("rootPath").line(), "rootPath must start with / and not end with /");
        }
        return new DeliveryEndpoint(id, workspace, rootPath, number(entries, "depth", 1, 0, MAX_DEPTH),
                number(entries, "limit", 10, 1, 100), names(entries.get("nodeTypes"), "nodeTypes"),
                names(entries.get("childNodeTypes"), "childNodeTypes"), references(entries.get("references")));
    }

    private static int number(Map<String, YamlNode> entries, String key, int fallback, int min, int max) {
        YamlNode node = entries.get(key);
        if (node == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(node.text(key));
            if (value < min || value > max) {
                throw new DefinitionException(node.line(), key + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new DefinitionException(node.line(), key + " must be a whole number");
        }
    }

    private static List<String> names(YamlNode node, String what) {
        List<String> names = new ArrayList<>();
        if (node != null) {
            node.items(what).forEach(item -> names.add(item.text(what)));
        }
        return names;
    }

    private static List<DeliveryEndpoint.Reference> references(YamlNode node) {
        List<DeliveryEndpoint.Reference> references = new ArrayList<>();
        if (node == null) {
            return references;
        }
        for (YamlNode item : node.items("references")) {
            Map<String, YamlNode> entries = item.entries("a reference");
            YamlNode.onlyKeys(entries, List.of("name", "propertyName", "referenceResolver", "depth"), "a reference");
            String name = YamlNode.required(entries, "name", item.line(), "a reference").text("name");
            String property = YamlNode.required(entries, "propertyName", item.line(), "a reference").text("propertyName");
            YamlNode resolverNode = YamlNode.required(entries, "referenceResolver", item.line(), "a reference");
            Map<String, YamlNode> resolver = resolverNode.entries("referenceResolver");
            YamlNode.onlyKeys(resolver, List.of("$type", "targetWorkspace"), "referenceResolver");
            String resolverType = YamlNode.required(resolver, "$type", resolverNode.line(), "referenceResolver").text("$type");
            if (!"jcrReferenceResolver".equals(resolverType)) {
                throw new DefinitionException(resolver.get("$type").line(), "only jcrReferenceResolver is supported");
            }
            String target = YamlNode.required(resolver, "targetWorkspace", resolverNode.line(), "referenceResolver")
                    .text("targetWorkspace");
            references.add(new DeliveryEndpoint.Reference(name, property, target, number(entries, "depth", 0, 0, MAX_DEPTH)));
        }
        return references;
    }
}
