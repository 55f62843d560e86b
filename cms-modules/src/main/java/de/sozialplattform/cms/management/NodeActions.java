package de.sozialplattform.cms.management;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeVersion;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The POST actions of the nodes endpoint ({@code @publish}, {@code @move}...) and version reads. */
@Component
class NodeActions {

    private final ContentService content;
    private final ContentReader reader;
    private final LightModules lightModules;

    NodeActions(ContentService content, ContentReader reader, LightModules lightModules) {
        this.content = content;
        this.reader = reader;
        this.lightModules = lightModules;
    }

    Node apply(NodeAddress address, Map<String, Object> body, long expected, String actor) {
        String ws = address.workspace();
        String path = address.path();
        if (address.isRoot()) {
            throw InvalidInputException.of("path", "the workspace root cannot be changed");
        }
        String action = address.action() == null ? "update" : address.action();
        return switch (action) {
            case "update" -> {
                RequestBodies.onlyKeys(body, "properties");
                Node node = reader.require(ws, path);
                yield content.update(ws, path, expected,
                        NodeJson.readProperties(body.get("properties"), definitions(ws, node.nodeType())), actor);
            }
            case "publish" -> {
                RequestBodies.onlyKeys(body, "includeSubnodes", "publishAt", "expireAt");
                yield content.publish(ws, path, expected, new PublishRequest(RequestBodies.bool(body, "includeSubnodes"),
                        RequestBodies.instant(body, "publishAt"), RequestBodies.instant(body, "expireAt")), actor);
            }
            case "unpublish" -> {
                RequestBodies.onlyKeys(body);
                yield content.unpublish(ws, path, expected, actor);
            }
            case "move" -> {
                RequestBodies.onlyKeys(body, "destination", "name");
                yield content.move(ws, path, expected, RequestBodies.text(body, "destination", true),
                        RequestBodies.text(body, "name", false), actor);
            }
            case "restore" -> {
                RequestBodies.onlyKeys(body, "version");
                yield content.restoreVersion(ws, path, expected, RequestBodies.integer(body, "version"), actor);
            }
            default -> throw new NotFoundException("action '@" + action + "'");
        };
    }

    /** {@code @versions} lists versions, {@code @versions/3} shows one. */
    Object versions(NodeAddress address) {
        String action = address.action();
        if (action.equals("versions")) {
            return Map.of("versions", reader.versions(address.workspace(), address.path()).stream()
                    .map(v -> Map.of("version", v.number(), "created", v.createdAt(), "createdBy", v.createdBy(),
                            "path", v.path()))
                    .toList());
        }
        if (!action.startsWith("versions/")) {
            throw new NotFoundException("action '@" + action + "'");
        }
        int number;
        try {
            number = Integer.parseInt(action.substring("versions/".length()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("version", "must be a whole number");
        }
        NodeVersion version = reader.version(address.workspace(), address.path(), number);
        return Map.of("version", version.number(), "created", version.createdAt(), "createdBy", version.createdBy(),
                "path", version.path(), "type", version.nodeType(), "properties", version.properties());
    }

    /** Property definitions of a node type, by name; empty for folders and unknown types. */
    Map<String, PropertyDefinition> definitions(String workspace, String nodeType) {
        return lightModules.contentTypeOf(workspace, nodeType)
                .map(type -> type.properties().stream()
                        .collect(Collectors.toMap(PropertyDefinition::name, Function.identity())))
                .orElse(Map.of());
    }
}
