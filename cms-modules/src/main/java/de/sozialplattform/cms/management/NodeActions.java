package de.sozialplattform.cms.management;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
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
    private final ContentAccess access;

    NodeActions(ContentService content, ContentReader reader, LightModules lightModules, ContentAccess access) {
        this.content = content;
        this.reader = reader;
        this.lightModules = lightModules;
        this.access = access;
    }

    /** Applies the action after {@link ContentAccess} allowed it on the addressed node (and its fields). */
    Node apply(NodeAddress address, Map<String, Object> body, long expected, Caller caller) {
        String ws = address.workspace();
        String path = address.path();
        String actor = caller.username();
        if (address.isRoot()) {
            throw InvalidInputException.of("path", "the workspace root cannot be changed");
        }
        String action = address.action() == null ? "update" : address.action();
        Node node = reader.require(ws, path);
        return switch (action) {
            case "update" -> {
                access.check(caller, ContentAction.UPDATE, ws, node);
                RequestBodies.onlyKeys(body, "properties");
                Map<String, Object> changes = NodeJson.readProperties(body.get("properties"), definitions(ws, node.nodeType()));
                access.checkChanges(caller, node, changes.keySet());
                yield content.update(ws, path, expected, changes, actor);
            }
            case "publish" -> {
                access.check(caller, ContentAction.PUBLISH, ws, node);
                RequestBodies.onlyKeys(body, "includeSubnodes", "publishAt", "expireAt");
                yield content.publish(ws, path, expected, new PublishRequest(RequestBodies.bool(body, "includeSubnodes"),
                        RequestBodies.instant(body, "publishAt"), RequestBodies.instant(body, "expireAt")), actor);
            }
            case "unpublish" -> {
                access.check(caller, ContentAction.UNPUBLISH, ws, node);
                RequestBodies.onlyKeys(body);
                yield content.unpublish(ws, path, expected, actor);
            }
            case "move" -> {
                access.check(caller, ContentAction.MOVE, ws, node);
                RequestBodies.onlyKeys(body, "destination", "name");
                yield content.move(ws, path, expected, RequestBodies.text(body, "destination", true),
                        RequestBodies.text(body, "name", false), actor);
            }
            case "restore" -> {
                access.check(caller, ContentAction.RESTORE_VERSION, ws, node);
                RequestBodies.onlyKeys(body, "version");
                int version = RequestBodies.integer(body, "version");
                // Restoring is changing every property that differs from the version: the same field rules apply.
                access.checkChanges(caller, node, ContentAccess.differences(node.properties(),
                        reader.version(ws, path, version).properties()));
                yield content.restoreVersion(ws, path, expected, version, actor);
            }
            default -> {
                access.check(caller, ContentAction.READ, ws, node);
                throw new NotFoundException("action '@" + action + "'");
            }
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
