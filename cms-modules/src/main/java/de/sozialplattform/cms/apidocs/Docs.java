package de.sozialplattform.cms.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Small builders for the hand-written OpenAPI document. Schemas are OpenAPI 3.1 (JSON Schema) schemas, so their
 * type goes in {@code types}: swagger's plain {@code type(...)} is dropped when a 3.1 document is written.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Docs {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String YAML = "application/yaml";
    static final String BASIC_AUTH = "basicAuth";

    private Docs() {
    }

    // --- schemas

    static Schema type(String... types) {
        Schema schema = new Schema<>(SpecVersion.V31);
        return types.length == 0 ? schema : schema.types(new LinkedHashSet<>(List.of(types)));
    }

    static Schema string(String description) {
        return type("string").description(description);
    }

    static Schema dateTime(String description) {
        return type("string").format("date-time").description(description);
    }

    static Schema integer(String description) {
        return type("integer").description(description);
    }

    static Schema bool(String description) {
        return type("boolean").description(description);
    }

    static Schema object(String description) {
        return type("object").description(description);
    }

    static Schema arrayOf(Schema items, String description) {
        return type("array").items(items).description(description);
    }

    static Schema ref(String schema) {
        return new Schema<>(SpecVersion.V31).$ref("#/components/schemas/" + schema);
    }

    static Schema enumOf(String description, String... values) {
        Schema schema = string(description);
        schema.setEnum(new ArrayList<>(List.of(values)));
        return schema;
    }

    static Schema range(Schema schema, long min, Long max, Long defaultValue) {
        schema.minimum(BigDecimal.valueOf(min));
        if (max != null) {
            schema.maximum(BigDecimal.valueOf(max));
        }
        if (defaultValue != null) {
            schema.setDefault(defaultValue);
        }
        return schema;
    }

    static Schema withDefault(Schema schema, Object value) {
        schema.setDefault(value);
        return schema;
    }

    // --- parameters

    static Parameter pathParam(String name, String description) {
        return new Parameter().in("path").name(name).required(true).description(description).schema(type("string"));
    }

    static Parameter query(String name, Schema schema, String description) {
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
    }

    static Parameter header(String name, boolean required, String description) {
        return new Parameter().in("header").name(name).required(required).description(description)
                .schema(type("string"));
    }

    static Parameter ifMatch() {
        return header("If-Match", true, "The node's ETag as last read (e.g. `\"7\"`). Without it the write is refused "
                + "with 428; with a stale one with 412, so concurrent edits are never lost.");
    }

    // --- bodies and responses

    static RequestBody body(String mediaType, Schema schema, boolean required, String description) {
        return new RequestBody().required(required).description(description)
                .content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
    }

    static ApiResponse ok(String mediaType, Schema schema, String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
    }

    static ApiResponse empty(String description) {
        return new ApiResponse().description(description);
    }

    /** An error response: RFC 9457 problem JSON of the given problem schema. */
    static ApiResponse problem(String schema, String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(schema))));
    }

    static ApiResponse problem(String description) {
        return problem(Schemas.PROBLEM, description);
    }

    static ApiResponse withHeader(ApiResponse response, String name, String description) {
        return response.addHeaderObject(name, new Header().description(description).schema(type("string")));
    }

    static ApiResponse withEtag(ApiResponse response) {
        return withHeader(response, "ETag", "The node's version for `If-Match` on the next write, e.g. `\"7\"`.");
    }

    // --- operations

    /** An operation of the management API: HTTP Basic, the given role, and the errors every such call can get. */
    static Operation managed(String tag, String id, String role, String summary, String description) {
        Operation operation = new Operation().addTagsItem(tag).operationId(id).summary(summary)
                .description(description + "\n\nRole: `" + role + "`" + (role.equals("EDITOR")
                        ? "; reviewers and centre maintainers as docs/management-api.md (Roles and ownership) says." : "."))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .responses(new ApiResponses());
        operation.addExtension("x-required-role", role);
        return operation;
    }

    /** A public operation: no authentication (an empty security requirement list). */
    static Operation open(String tag, String id, String summary, String description) {
        return new Operation().addTagsItem(tag).operationId(id).summary(summary).description(description)
                .security(new ArrayList<>()).responses(new ApiResponses());
    }

    /** Adds the errors any authenticated call can answer with: 401, 403 and 500. */
    static Operation authErrors(Operation operation) {
        operation.getResponses()
                .addApiResponse("401", problem("No or wrong credentials (`/problems/unauthorized`); the answer carries "
                        + "`WWW-Authenticate: Basic`."))
                .addApiResponse("403", problem("The user lacks the role (`/problems/forbidden`)."));
        return serverError(operation);
    }

    static Operation serverError(Operation operation) {
        operation.getResponses().addApiResponse("500",
                problem("Unexpected error on the server (`/problems/internal-error`); the request was not applied."));
        return operation;
    }

    /** Adds 428 (no If-Match) and 412 (stale If-Match) and the If-Match header parameter. */
    static Operation conditional(Operation operation) {
        operation.addParametersItem(ifMatch());
        operation.getResponses()
                .addApiResponse("412", problem("`If-Match` does not match the node's current ETag "
                        + "(`/problems/stale-version`): someone changed it since you read it."))
                .addApiResponse("428", problem("`If-Match` is missing (`/problems/if-match-required`)."));
        return operation;
    }

    static ApiResponse invalidInput(String description) {
        return problem(Schemas.INVALID_INPUT_PROBLEM, description + " (`/problems/invalid-input`; `errors` names each "
                + "offending field).");
    }

    static ApiResponse notFound(String description) {
        return problem(description + " (`/problems/not-found`).");
    }

    static ApiResponse conflict(String description) {
        return problem(Schemas.CONFLICT_PROBLEM, description + " (`/problems/conflict`).");
    }

    static ApiResponse tooLarge() {
        return problem("The request body is larger than `sozial.api.max-body-size` (`/problems/payload-too-large`).");
    }
}
