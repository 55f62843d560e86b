package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.JSON;
import static de.sozialplattform.cms.apidocs.Docs.YAML;
import static de.sozialplattform.cms.apidocs.Docs.arrayOf;
import static de.sozialplattform.cms.apidocs.Docs.authErrors;
import static de.sozialplattform.cms.apidocs.Docs.conflict;
import static de.sozialplattform.cms.apidocs.Docs.empty;
import static de.sozialplattform.cms.apidocs.Docs.enumOf;
import static de.sozialplattform.cms.apidocs.Docs.integer;
import static de.sozialplattform.cms.apidocs.Docs.invalidInput;
import static de.sozialplattform.cms.apidocs.Docs.managed;
import static de.sozialplattform.cms.apidocs.Docs.notFound;
import static de.sozialplattform.cms.apidocs.Docs.ok;
import static de.sozialplattform.cms.apidocs.Docs.pathParam;
import static de.sozialplattform.cms.apidocs.Docs.problem;
import static de.sozialplattform.cms.apidocs.Docs.query;
import static de.sozialplattform.cms.apidocs.Docs.range;
import static de.sozialplattform.cms.apidocs.Docs.ref;
import static de.sozialplattform.cms.apidocs.Docs.string;
import static de.sozialplattform.cms.apidocs.Docs.tooLarge;
import static de.sozialplattform.cms.apidocs.Docs.withDefault;
import static de.sozialplattform.cms.apidocs.Docs.withEtag;
import static de.sozialplattform.cms.apidocs.Docs.withHeader;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The trash, the operations views (outbox, audit log, light modules) and content export/import. */
final class AdminPaths {

    static final String TRASH = "Trash";
    static final String OPERATIONS = "Operations";
    static final String TRANSFER = "Export and import";
    private static final String EDITOR = "EDITOR";
    private static final String ADMIN = "ADMIN";

    private AdminPaths() {
    }

    static Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put("/.rest/trash/v1/{workspace}", new PathItem().get(trash()));
        paths.put("/.rest/trash/v1/{workspace}/{id}/restore", new PathItem().post(restoreFromTrash()));
        paths.put("/.rest/trash/v1/{workspace}/{id}", new PathItem().delete(purge()));
        paths.put("/.rest/outbox/v1", new PathItem().get(outboxCounts()));
        paths.put("/.rest/outbox/v1/events", new PathItem().get(outboxEvents()));
        paths.put("/.rest/outbox/v1/events/{id}/retry", new PathItem().post(retry()));
        paths.put("/.rest/audit/v1", new PathItem().get(audit()));
        paths.put("/.rest/light-modules/v1", new PathItem().get(definitions()));
        paths.put("/.rest/export/v1/{workspace}/{path}", new PathItem().get(export()));
        paths.put("/.rest/import/v1/{workspace}/{parentPath}", new PathItem().post(importContent()));
        return paths;
    }

    private static Parameter trashId() {
        return pathParam("id", "Identifier (UUID) of the deleted node, from the trash list")
                .schema(string(null).format("uuid"));
    }

    private static Operation trash() {
        Operation operation = managed(TRASH, "listTrash", EDITOR, "List the trash", "Deleted subtrees, newest first.")
                .addParametersItem(NodesPaths.workspace());
        operation.getResponses()
                .addApiResponse("200", ok(JSON, arrayOf(ref("TrashEntry"), null), "The trash"))
                .addApiResponse("404", notFound("No such workspace"));
        return authErrors(operation);
    }

    private static Operation restoreFromTrash() {
        Operation operation = managed(TRASH, "restoreFromTrash", EDITOR, "Restore from the trash",
                "Brings the subtree back to its old place, as unpublished working copies.")
                .addParametersItem(NodesPaths.workspace()).addParametersItem(trashId());
        operation.getResponses()
                .addApiResponse("200", withEtag(ok(JSON, ref(Schemas.NODE), "The restored node")))
                .addApiResponse("400", invalidInput("`id` is not a UUID"))
                .addApiResponse("404", notFound("Not in the trash"))
                .addApiResponse("409", conflict("Another node lives at the old place, or its parent is gone; `path` "
                        + "names it"));
        return authErrors(operation);
    }

    private static Operation purge() {
        Operation operation = managed(TRASH, "purgeFromTrash", ADMIN, "Purge from the trash",
                "Deletes the subtree for good.")
                .addParametersItem(NodesPaths.workspace()).addParametersItem(trashId());
        operation.getResponses()
                .addApiResponse("204", empty("Purged"))
                .addApiResponse("400", invalidInput("`id` is not a UUID"))
                .addApiResponse("404", notFound("Not in the trash"));
        return authErrors(operation);
    }

    private static Operation outboxCounts() {
        Operation operation = managed(OPERATIONS, "outboxCounts", ADMIN, "Outbox counts",
                "Number of pending, delivered and dead-letter outbox records (webhooks and other consumers).");
        operation.getResponses().addApiResponse("200", ok(JSON, ref("OutboxCounts"), "The counts"));
        return authErrors(operation);
    }

    private static Operation outboxEvents() {
        Operation operation = managed(OPERATIONS, "outboxEvents", ADMIN, "Outbox records",
                "Outbox records of one status, dead letters by default.")
                .addParametersItem(query("status", withDefault(enumOf(null, "DEAD", "PENDING", "DONE"), "DEAD"),
                        "Status of the records"))
                .addParametersItem(query("limit", range(integer(null), 1, 500L, 50L), "Page size"))
                .addParametersItem(query("offset", range(integer(null), 0, null, 0L), "Records to skip"));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, arrayOf(ref("OutboxRecord"), null), "The records"))
                .addApiResponse("400", invalidInput("Unknown status or `limit`/`offset` out of range"));
        return authErrors(operation);
    }

    private static Operation retry() {
        Operation operation = managed(OPERATIONS, "retryOutboxEvent", ADMIN, "Retry a dead letter",
                "Puts a dead letter back into the queue.")
                .addParametersItem(pathParam("id", "Id of the outbox record").schema(integer(null).format("int64")));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, ref("OutboxRecord"), "The record, pending again"))
                .addApiResponse("400", invalidInput("`id` is not a number"))
                .addApiResponse("404", notFound("No such outbox record"))
                .addApiResponse("409", conflict("The record is not a dead letter"));
        return authErrors(operation);
    }

    private static Operation audit() {
        Operation operation = managed(OPERATIONS, "auditLog", ADMIN, "Audit log",
                "Recorded actions, newest first, filtered by any of the parameters.")
                .addParametersItem(query("actor", string(null), "User name"))
                .addParametersItem(query("action", string(null), "Action, e.g. `publish`"))
                .addParametersItem(query("workspace", string(null), "Workspace"))
                .addParametersItem(query("node", string(null), "Node identifier"))
                .addParametersItem(query("organisation", string(null),
                        "Identifier of an organisation a centre maintainer acted for"))
                .addParametersItem(query("limit", range(integer(null), 1, 500L, 50L), "Page size"))
                .addParametersItem(query("offset", range(integer(null), 0, null, 0L), "Entries to skip"));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, arrayOf(ref("AuditEntry"), null), "The entries"))
                .addApiResponse("400", invalidInput("`limit` or `offset` out of range"));
        return authErrors(operation);
    }

    private static Operation definitions() {
        Operation operation = managed(OPERATIONS, "lightModules", ADMIN, "Light-module definitions",
                "Content types in force and definition files that were not applied (file, line, reason): the place "
                        + "to look after editing the light-modules directory.");
        operation.getResponses().addApiResponse("200", ok(JSON, ref("Definitions"), "The definitions"));
        return authErrors(operation);
    }

    private static Operation export() {
        Operation operation = managed(TRANSFER, "exportContent", EDITOR, "Export a subtree",
                "The node and its subtree in Magnolia's YAML bootstrap format, as the seed content in "
                        + "`content-export/` is written; a download named `workspace.path.yaml`.")
                .addParametersItem(NodesPaths.workspace())
                .addParametersItem(pathParam("path", "Path of the subtree's root, e.g. `leistungen`; several segments, "
                        + "sent with plain slashes"));
        operation.getResponses()
                .addApiResponse("200", withHeader(ok(YAML, string("Magnolia YAML bootstrap document"), "The subtree"),
                        "Content-Disposition", "`attachment; filename=\"workspace.path.yaml\"`"))
                .addApiResponse("400", invalidInput("The path is the workspace root (export its top-level nodes one by "
                        + "one)"))
                .addApiResponse("404", notFound("No node at this path"));
        return authErrors(operation);
    }

    private static RequestBody yamlBody() {
        Content content = new Content();
        for (String type : List.of(YAML, "text/yaml", "application/x-yaml", "text/x-yaml")) {
            content.addMediaType(type, new MediaType().schema(string("Magnolia YAML bootstrap document")));
        }
        return new RequestBody().required(true).content(content);
    }

    private static Operation importContent() {
        Operation operation = managed(TRANSFER, "importContent", EDITOR, "Import a subtree",
                "Imports a Magnolia YAML bootstrap document below `parentPath`, in one transaction: `merge` creates "
                        + "missing nodes and updates the properties the file names, keeping everything else; `replace` "
                        + "removes the existing subtree for good (refused while other nodes reference it) and creates "
                        + "the file's.")
                .addParametersItem(NodesPaths.workspace())
                .addParametersItem(pathParam("parentPath", "Path of the parent, e.g. `leistungen`; several segments, "
                        + "sent with plain slashes"))
                .addParametersItem(query("mode", withDefault(enumOf(null, "merge", "replace"), "merge"),
                        "How to treat nodes that exist already"))
                .requestBody(yamlBody());
        operation.getResponses()
                .addApiResponse("200", ok(JSON, ref("ImportResult"), "Imported"))
                .addApiResponse("400", problem(Schemas.INVALID_FILE_PROBLEM, "The file is empty, not parseable, of the "
                        + "wrong structure or has invalid values (`/problems/invalid-file`, naming `node`, `line` and "
                        + "offending properties), or `mode` is unknown (`/problems/invalid-input`)."))
                .addApiResponse("404", notFound("No parent at this path"))
                .addApiResponse("409", conflict("A node of the file clashes with existing content, or `replace` is "
                        + "refused while other nodes reference the subtree"))
                .addApiResponse("413", tooLarge());
        return authErrors(operation);
    }
}
