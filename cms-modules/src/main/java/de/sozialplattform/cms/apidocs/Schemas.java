package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.arrayOf;
import static de.sozialplattform.cms.apidocs.Docs.bool;
import static de.sozialplattform.cms.apidocs.Docs.dateTime;
import static de.sozialplattform.cms.apidocs.Docs.enumOf;
import static de.sozialplattform.cms.apidocs.Docs.integer;
import static de.sozialplattform.cms.apidocs.Docs.object;
import static de.sozialplattform.cms.apidocs.Docs.ref;
import static de.sozialplattform.cms.apidocs.Docs.string;
import static de.sozialplattform.cms.apidocs.Docs.type;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The component schemas: problem shapes, the management API's node, the Delivery API's node and query result. */
@SuppressWarnings("rawtypes")
final class Schemas {

    static final String PROBLEM = "Problem";
    static final String INVALID_INPUT_PROBLEM = "InvalidInputProblem";
    static final String CONFLICT_PROBLEM = "ConflictProblem";
    static final String INVALID_FILE_PROBLEM = "InvalidFileProblem";
    static final String TOO_MANY_REQUESTS_PROBLEM = "TooManyRequestsProblem";
    static final String NODE = "Node";
    static final String DELIVERY_NODE = "DeliveryNode";
    static final String DELIVERY_QUERY_RESULT = "DeliveryQueryResult";

    private Schemas() {
    }

    static Map<String, Schema> all() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        problems(schemas);
        management(schemas);
        operations(schemas);
        delivery(schemas);
        return schemas;
    }

    private static void problems(Map<String, Schema> schemas) {
        schemas.put(PROBLEM, object("""
                An error as RFC 9457 problem details (`application/problem+json`). `type` is stable per kind of \
                error: `/problems/invalid-input` (400), `/problems/invalid-file` (400), `/problems/unauthorized` \
                (401), `/problems/invalid-preview-token` (401), `/problems/forbidden` (403), \
                `/problems/not-found` (404), `/problems/conflict` (409), `/problems/stale-version` (412), \
                `/problems/payload-too-large` (413), `/problems/if-match-required` (428), \
                `/problems/too-many-requests` (429), `/problems/internal-error` (500). Errors Spring answers \
                itself (405, 406, 415) use `about:blank`. The search service's own endpoints \
                (`/api/v1/advice-centres`, `/api/v1/places`) answer `SearchProblem` documents.""")
                .addProperty("type", string("URI reference naming the kind of error, e.g. `/problems/not-found`")
                        .format("uri-reference"))
                .addProperty("title", string("Short summary of the kind of error"))
                .addProperty("status", integer("HTTP status code"))
                .addProperty("detail", string("What went wrong with this request, in words a developer understands"))
                .addProperty("instance", string("URI of the request that failed").format("uri-reference"))
                .required(List.of("type", "title", "status")));
        schemas.put("FieldError", object("One offending field and what is wrong with it.")
                .addProperty("field", string("The field, e.g. `title`, `properties[2].values`, `limit` or `body`"))
                .addProperty("message", string("What is wrong, e.g. `is required`"))
                .required(List.of("field", "message")));
        schemas.put(INVALID_INPUT_PROBLEM, type("object").description("400: the input names offending fields.")
                .addAllOfItem(ref(PROBLEM))
                .addAllOfItem(object(null)
                        .addProperty("errors", arrayOf(ref("FieldError"), "Every offending field"))
                        .required(List.of("errors"))));
        schemas.put(CONFLICT_PROBLEM, type("object").description("409: the request clashes with the current state.")
                .addAllOfItem(ref(PROBLEM))
                .addAllOfItem(object(null)
                        .addProperty("path", string("The node path that is taken, or the missing parent"))
                        .addProperty("node", string("On import: the node of the file that clashes"))
                        .addProperty("id", string("The identifier that is taken"))
                        .addProperty("referencedBy", arrayOf(ref("Referrer"),
                                "Nodes that still reference the subtree (on delete)"))));
        schemas.put(INVALID_FILE_PROBLEM, type("object").description("400: an uploaded file cannot be used (not "
                + "parseable, wrong structure, invalid values); names where.")
                .addAllOfItem(ref(PROBLEM))
                .addAllOfItem(object(null)
                        .addProperty("node", string("Path of the offending node in the file"))
                        .addProperty("line", integer("1-based line in the file"))
                        .addProperty("errors", arrayOf(ref("FieldError"), "Offending properties"))));
        schemas.put(TOO_MANY_REQUESTS_PROBLEM, type("object").description("429: too many requests of this kind.")
                .addAllOfItem(ref(PROBLEM))
                .addAllOfItem(object(null)
                        .addProperty("retryAfterSeconds", integer("Seconds until the limit's window has passed")
                                .format("int64"))
                        .required(List.of("retryAfterSeconds"))));
        schemas.put("Referrer", object("A node that references another one.")
                .addProperty("id", string("Identifier of the referencing node"))
                .addProperty("workspace", string("Its workspace"))
                .addProperty("path", string("Its path"))
                .addProperty("property", string("The property holding the reference")));
    }

    private static void management(Map<String, Schema> schemas) {
        schemas.put(NODE, object("A node of the management API (Magnolia's nodes endpoint shape plus the publication "
                + "state editors need).")
                .addProperty("name", string("Name, the last segment of the path"))
                .addProperty("type", string("Node type: a content type (e.g. `infoPage`) or `mgnl:folder`"))
                .addProperty("path", string("Path in the workspace, e.g. `/leistungen/buergergeld`"))
                .addProperty("identifier", string("Identifier (UUID), stable across moves").format("uuid"))
                .addProperty("status", enumOf("Publication state", "draft", "scheduled", "published", "modified"))
                .addProperty("etag", string("Version for `If-Match`, the same as the `ETag` header, e.g. `\"7\"`"))
                .addProperty("publishedVersion", integer("Number of the published version; absent while unpublished"))
                .addProperty("publishAt", dateTime("Scheduled publication"))
                .addProperty("expireAt", dateTime("Scheduled unpublication"))
                .addProperty("created", dateTime("Creation time"))
                .addProperty("createdBy", string("User who created it"))
                .addProperty("lastModified", dateTime("Time of the last change"))
                .addProperty("lastModifiedBy", string("User who changed it last"))
                .addProperty("properties", arrayOf(ref("NodeProperty"), "Properties in Magnolia's list shape"))
                .addProperty("nodes", arrayOf(ref(NODE), "Children, down to the requested `depth`"))
                .required(List.of("name", "type", "path", "identifier", "status", "etag", "properties")));
        schemas.put("NodeProperty", object("A property as Magnolia lists it.")
                .addProperty("name", string("Name; translations are `name_<lang>`, e.g. `title_en`"))
                .addProperty("type", string("Type from the content type: `String`, `richText`, `Boolean`, `Long`, "
                        + "`Double`, `Decimal`, `Date`, `asset`, `reference:<type>`, or a sub-model name"))
                .addProperty("multiple", bool("Whether the property holds several values"))
                .addProperty("values", arrayOf(type(), "The values (one unless `multiple`)"))
                .required(List.of("name", "type", "multiple", "values")));
        schemas.put("WorkspaceRoot", object("The root of a workspace with its top-level nodes.")
                .addProperty("name", string("Always empty"))
                .addProperty("path", string("Always `/`"))
                .addProperty("nodes", arrayOf(ref(NODE), "Top-level nodes")));
        schemas.put("Properties", type().description("""
                Property values: Magnolia's list `[{"name": "title", "values": ["…"]}]` or a plain object \
                `{"title": "…", "title_en": "…"}`. Values follow the content type (text, rich text, booleans, whole \
                numbers, decimals, dates, references by identifier, sub-models as objects); `null` removes a \
                property on update.""")
                .addOneOfItem(arrayOf(object(null).addProperty("name", string(null))
                        .addProperty("values", arrayOf(type(), null)).required(List.of("name")), null))
                .addOneOfItem(object(null).additionalProperties(true)));
        schemas.put("NodeList", object("Nodes found by `@list`.")
                .addProperty("results", arrayOf(ref(NODE), "Matching nodes (without children)"))
                .addProperty("limit", integer(null))
                .addProperty("offset", integer(null)));
        schemas.put("VersionSummary", object("One version of a node.")
                .addProperty("version", integer("Version number, from 1"))
                .addProperty("created", dateTime(null))
                .addProperty("createdBy", string(null))
                .addProperty("path", string("Path of the node when the version was made")));
        schemas.put("VersionList", object("The versions of a node, oldest first.")
                .addProperty("versions", arrayOf(ref("VersionSummary"), null)));
        schemas.put("Version", type("object").description("One version with its properties.")
                .addAllOfItem(ref("VersionSummary"))
                .addAllOfItem(object(null)
                        .addProperty("type", string("Node type"))
                        .addProperty("properties", object("Property name to value").additionalProperties(true))));
        schemas.put("TrashEntry", object("The root of a deleted subtree in the trash.")
                .addProperty("id", string("Identifier of the deleted node").format("uuid"))
                .addProperty("path", string("Where it was"))
                .addProperty("nodeType", string(null))
                .addProperty("trashedAt", dateTime(null))
                .addProperty("trashedBy", string(null)));
    }

    private static void operations(Map<String, Schema> schemas) {
        schemas.put("ImportResult", object("What an import did.")
                .addProperty("workspace", string(null))
                .addProperty("path", string("Path of the imported subtree's root"))
                .addProperty("mode", enumOf(null, "merge", "replace"))
                .addProperty("created", integer("Nodes created"))
                .addProperty("updated", integer("Nodes whose properties changed"))
                .addProperty("unchanged", integer("Nodes left as they were"))
                .addProperty("published", integer("Nodes published because the file marks them activated"))
                .addProperty("removed", integer("Nodes removed (`replace`)")));
        schemas.put("OutboxCounts", object("Number of outbox records by status.")
                .addProperty("pending", integer(null)).addProperty("dead", integer(null))
                .addProperty("done", integer(null)));
        schemas.put("OutboxRecord", object("One delivery of an event to one consumer.")
                .addProperty("id", integer(null).format("int64"))
                .addProperty("eventId", string("Globally unique event id, the consumers' idempotency key"))
                .addProperty("consumer", string("e.g. `webhook`"))
                .addProperty("topic", string("e.g. `content.published`"))
                .addProperty("key", string(null))
                .addProperty("status", enumOf(null, "PENDING", "DONE", "DEAD"))
                .addProperty("attempts", integer(null))
                .addProperty("nextAttemptAt", dateTime(null))
                .addProperty("lastError", string(null))
                .addProperty("createdAt", dateTime(null))
                .addProperty("completedAt", dateTime(null)));
        schemas.put("AuditEntry", object("One recorded action.")
                .addProperty("id", integer(null).format("int64"))
                .addProperty("at", dateTime(null))
                .addProperty("actor", string("User name"))
                .addProperty("action", string("e.g. `create`, `update`, `publish`, `delete`"))
                .addProperty("workspace", string(null))
                .addProperty("nodeId", string(null))
                .addProperty("path", string(null))
                .addProperty("detail", string(null)));
        schemas.put("Definitions", object("Light-module definitions in force and files that were not applied.")
                .addProperty("contentTypes", arrayOf(string(null), "Names of the content types in force"))
                .addProperty("workspaces", arrayOf(string(null), null))
                .addProperty("languages", arrayOf(string(null), "Languages of the message bundles"))
                .addProperty("problems", arrayOf(object("A definition file that could not be used; the last good "
                        + "version stays in force.")
                        .addProperty("file", string("Relative to the light-modules root"))
                        .addProperty("line", integer("1-based; 0 when the whole file is affected"))
                        .addProperty("reason", string(null)), null)));
    }

    private static void delivery(Map<String, Schema> schemas) {
        schemas.put(DELIVERY_NODE, object("""
                A published node in the Delivery API shape (Magnolia's): metadata members start with `@` or \
                `mgnl:`; every other member is a property in the requested language (translations resolved, \
                falling back to German) as a plain JSON value, a resolved reference, a sub-model (a nested node \
                object), or a child node (a nested node object, down to the endpoint's `depth`) named in \
                `@nodes`.""")
                .addProperty("@name", string("Name"))
                .addProperty("@path", string("Path, e.g. `/leistungen/buergergeld`"))
                .addProperty("@id", string("Identifier (UUID)").format("uuid"))
                .addProperty("@nodeType", string("Content type, e.g. `infoPage`, `benefit`"))
                .addProperty("mgnl:created", dateTime(null))
                .addProperty("mgnl:lastModified", dateTime("Time of the published version"))
                .addProperty("@nodes", arrayOf(string(null), "Names of the members that are nested nodes "
                        + "(children and sub-models), in order"))
                .additionalProperties(type().description("A property value"))
                .required(List.of("@name", "@path", "@id", "@nodeType")));
        schemas.put(DELIVERY_QUERY_RESULT, object("A page of published nodes.")
                .addProperty("results", arrayOf(ref(DELIVERY_NODE), null))
                .addProperty("total", integer("Number of matches over all pages"))
                .addProperty("limit", integer(null))
                .addProperty("offset", integer(null))
                .required(List.of("results", "total", "limit", "offset")));
        schemas.put("PreviewToken", object("A token that shows unpublished working copies on the Delivery API.")
                .addProperty("token", string("Send as `X-Preview-Token` or `previewToken`"))
                .addProperty("expiresAt", dateTime(null))
                .required(List.of("token", "expiresAt")));
    }
}
