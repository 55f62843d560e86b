package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.JSON;
import static de.sozialplattform.cms.apidocs.Docs.authErrors;
import static de.sozialplattform.cms.apidocs.Docs.body;
import static de.sozialplattform.cms.apidocs.Docs.bool;
import static de.sozialplattform.cms.apidocs.Docs.conditional;
import static de.sozialplattform.cms.apidocs.Docs.conflict;
import static de.sozialplattform.cms.apidocs.Docs.dateTime;
import static de.sozialplattform.cms.apidocs.Docs.empty;
import static de.sozialplattform.cms.apidocs.Docs.enumOf;
import static de.sozialplattform.cms.apidocs.Docs.integer;
import static de.sozialplattform.cms.apidocs.Docs.invalidInput;
import static de.sozialplattform.cms.apidocs.Docs.managed;
import static de.sozialplattform.cms.apidocs.Docs.notFound;
import static de.sozialplattform.cms.apidocs.Docs.object;
import static de.sozialplattform.cms.apidocs.Docs.ok;
import static de.sozialplattform.cms.apidocs.Docs.pathParam;
import static de.sozialplattform.cms.apidocs.Docs.query;
import static de.sozialplattform.cms.apidocs.Docs.range;
import static de.sozialplattform.cms.apidocs.Docs.ref;
import static de.sozialplattform.cms.apidocs.Docs.string;
import static de.sozialplattform.cms.apidocs.Docs.tooLarge;
import static de.sozialplattform.cms.apidocs.Docs.withEtag;
import static de.sozialplattform.cms.apidocs.Docs.withHeader;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /.rest/nodes/v1/{workspace}/{path}} with its {@code @actions}. The controller maps {@code /**} and
 * parses the path itself, so each real path is written out here.
 */
final class NodesPaths {

    static final String TAG = "Nodes";
    private static final String BASE = "/.rest/nodes/v1/{workspace}";
    private static final String NODE = BASE + "/{path}";
    private static final String EDITOR = "EDITOR";

    private NodesPaths() {
    }

    static Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(BASE, new PathItem().get(readRoot()).put(create("createTopLevelNode", false)));
        paths.put(NODE, new PathItem().get(read()).put(create("createNode", true)).post(update()).delete(delete()));
        paths.put(NODE + "@publish", new PathItem().post(publish()));
        paths.put(NODE + "@unpublish", new PathItem().post(unpublish()));
        paths.put(NODE + "@move", new PathItem().post(move()));
        paths.put(NODE + "@restore", new PathItem().post(restore()));
        paths.put(NODE + "@versions", new PathItem().get(versions()));
        paths.put(NODE + "@versions/{version}", new PathItem().get(version()));
        paths.put(NODE + "@list", new PathItem().get(list("listNodesBelow", true)));
        paths.put(BASE + "/@list", new PathItem().get(list("listNodes", false)));
        return paths;
    }

    static Parameter workspace() {
        return pathParam("workspace", "Workspace, e.g. `pages` or `benefits` (see `/.rest/light-modules/v1`)");
    }

    private static Parameter path() {
        return pathParam("path", "Node path below the workspace, e.g. `leistungen/buergergeld`; it spans several "
                + "segments, sent with plain slashes (Swagger UI's *Try it out* escapes them: use one segment there)");
    }

    private static Operation node(String id, String summary, String description) {
        return managed(TAG, id, EDITOR, summary, description).addParametersItem(workspace()).addParametersItem(path());
    }

    private static Operation readRoot() {
        Operation operation = managed(TAG, "readWorkspace", EDITOR, "Top-level nodes of a workspace",
                "The workspace root with its top-level nodes and their children down to `depth`.")
                .addParametersItem(workspace()).addParametersItem(depth(0));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, ref("WorkspaceRoot"), "The workspace root"))
                .addApiResponse("400", invalidInput("`depth` out of range"))
                .addApiResponse("404", notFound("No such workspace"));
        return authErrors(operation);
    }

    private static Operation read() {
        Operation operation = node("readNode", "Read a node",
                "The node with its properties (Magnolia's list shape) and its children down to `depth`.")
                .addParametersItem(depth(0));
        operation.getResponses()
                .addApiResponse("200", withEtag(ok(JSON, ref(Schemas.NODE), "The node")))
                .addApiResponse("308", withHeader(empty("The node was moved; `Location` names its new path"),
                        "Location", "The node's current URL"))
                .addApiResponse("400", invalidInput("`depth` out of range"))
                .addApiResponse("404", notFound("No node at this path (and none moved away from it)"));
        return authErrors(operation);
    }

    private static Parameter depth(int defaultDepth) {
        return query("depth", range(integer(null), 0, 5L, (long) defaultDepth), "Levels of children to include");
    }

    private static Operation create(String id, boolean belowNode) {
        Operation operation = (belowNode
                ? node(id, "Create a child node", "Creates a node below `{path}`.")
                : managed(TAG, id, EDITOR, "Create a top-level node", "Creates a node at the workspace root.")
                        .addParametersItem(workspace()))
                .requestBody(body(JSON, object("The new node")
                        .addProperty("name", string("Name of the new node (no `/` or `@`)"))
                        .addProperty("type", string("Content type (e.g. `infoPage`) or `mgnl:folder`"))
                        .addProperty("properties", ref("Properties"))
                        .addProperty("identifier", string("Identifier to use (UUID), e.g. when copying from another "
                                + "installation; a new one when absent").format("uuid"))
                        .required(List.of("name", "type")), true, null));
        operation.getResponses()
                .addApiResponse("201", withHeader(withEtag(ok(JSON, ref(Schemas.NODE), "Created")), "Location",
                        "URL of the new node"))
                .addApiResponse("400", invalidInput("Unknown type, invalid property value, missing name..."))
                .addApiResponse("404", notFound("No parent at this path"))
                .addApiResponse("409", conflict("A node with this name or identifier exists already"))
                .addApiResponse("413", tooLarge());
        return authErrors(operation);
    }

    private static Operation update() {
        Operation operation = conditional(node("updateNode", "Change properties",
                "Merges the given properties into the node; `null` removes one. The node becomes `modified` if it "
                        + "was published."))
                .requestBody(body(JSON, object(null).addProperty("properties", ref("Properties")), true, null));
        writeResponses(operation, "Invalid property values");
        operation.getResponses().addApiResponse("413", tooLarge());
        return authErrors(operation);
    }

    private static Operation delete() {
        Operation operation = conditional(node("deleteNode", "Delete a subtree",
                "Moves the node and its subtree to the trash (see `/.rest/trash/v1/{workspace}`); published nodes "
                        + "leave the public side."));
        operation.getResponses()
                .addApiResponse("204", empty("Moved to the trash"))
                .addApiResponse("400", invalidInput("The workspace root cannot be deleted"))
                .addApiResponse("404", notFound("No node at this path"))
                .addApiResponse("409", conflict("Other nodes still reference the subtree; `referencedBy` lists them"));
        return authErrors(operation);
    }

    private static Operation publish() {
        Operation operation = conditional(node("publishNode", "Publish",
                "Publishes the node now as a new version, or schedules publication at `publishAt`; `expireAt` "
                        + "unpublishes it later. All body members are optional; the body may be empty."))
                .requestBody(body(JSON, object(null)
                        .addProperty("includeSubnodes", bool("Also publish the subtree"))
                        .addProperty("publishAt", dateTime("Publish later, at this time (with offset)"))
                        .addProperty("expireAt", dateTime("Unpublish at this time (with offset)")), false, null));
        writeResponses(operation, "Invalid time or unknown member");
        return authErrors(operation);
    }

    private static Operation unpublish() {
        Operation operation = conditional(node("unpublishNode", "Unpublish",
                "Takes the node and its subtree off the public side; the working copies stay."))
                .requestBody(body(JSON, object("Empty"), false, null));
        writeResponses(operation, "Unknown member in the body");
        return authErrors(operation);
    }

    private static Operation move() {
        Operation operation = conditional(node("moveNode", "Move or rename",
                "Moves the node below `destination` (and renames it to `name`); its old path answers 308 to the new "
                        + "one. The response's `Location` names the new path."))
                .requestBody(body(JSON, object(null)
                        .addProperty("destination", string("Path of the new parent, e.g. `/leistungen`"))
                        .addProperty("name", string("New name; the old one when absent"))
                        .required(List.of("destination")), true, null));
        writeResponses(operation, "Missing destination or invalid name");
        operation.getResponses().get("200").addHeaderObject("Location",
                new io.swagger.v3.oas.models.headers.Header().description("The node's new URL").schema(string(null)));
        operation.getResponses().addApiResponse("409", conflict("A node exists at the target path already"));
        return authErrors(operation);
    }

    private static Operation restore() {
        Operation operation = conditional(node("restoreVersion", "Restore a version",
                "Makes an earlier version (see `@versions`) the working copy."))
                .requestBody(body(JSON, object(null).addProperty("version", integer("Version number"))
                        .required(List.of("version")), true, null));
        writeResponses(operation, "Missing or invalid version");
        return authErrors(operation);
    }

    /** 200 with the changed node, 400, 404 for the writes addressed by {@code {path}}. */
    private static void writeResponses(Operation operation, String invalid) {
        operation.getResponses()
                .addApiResponse("200", withEtag(ok(JSON, ref(Schemas.NODE), "The changed node")))
                .addApiResponse("400", invalidInput(invalid))
                .addApiResponse("404", notFound("No node at this path (or no such version)"));
    }

    private static Operation versions() {
        Operation operation = node("listVersions", "List versions", "The node's versions, made on each publication.");
        operation.getResponses()
                .addApiResponse("200", ok(JSON, ref("VersionList"), "The versions"))
                .addApiResponse("404", notFound("No node at this path"));
        return authErrors(operation);
    }

    private static Operation version() {
        Operation operation = node("readVersion", "Read a version", "One version with its properties.")
                .addParametersItem(pathParam("version", "Version number, from 1").schema(integer(null)));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, ref("Version"), "The version"))
                .addApiResponse("400", invalidInput("The version is not a whole number"))
                .addApiResponse("404", notFound("No node at this path or no such version"));
        return authErrors(operation);
    }

    private static Operation list(String id, boolean belowNode) {
        Operation operation = belowNode
                ? node(id, "List nodes below a path", "Nodes anywhere below `{path}`, filtered by type and status.")
                : managed(TAG, id, EDITOR, "List nodes of a workspace", "Nodes of the whole workspace, filtered by "
                        + "type and status.").addParametersItem(workspace());
        operation.addParametersItem(query("nodeType", string(null), "Only nodes of this type, e.g. `benefit`"))
                .addParametersItem(query("status", enumOf(null, "draft", "scheduled", "published", "modified"),
                        "Only nodes in this publication state"))
                .addParametersItem(query("limit", range(integer(null), 1, 500L, 50L), "Page size"))
                .addParametersItem(query("offset", range(integer(null), 0, null, 0L), "Nodes to skip"));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, ref("NodeList"), "The matching nodes"))
                .addApiResponse("400", invalidInput("Unknown status or `limit`/`offset` out of range"))
                .addApiResponse("404", notFound("No such workspace or path"));
        return authErrors(operation);
    }
}
