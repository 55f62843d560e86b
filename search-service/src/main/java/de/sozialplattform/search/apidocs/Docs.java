package de.sozialplattform.search.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Small builders for the hand-written description of the search API, in the style of the CMS's. Schemas are
 * OpenAPI 3.1 (JSON Schema) schemas, so their type goes in {@code types}: swagger's plain {@code type(...)} is
 * dropped when a 3.1 document is written.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Docs {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";

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

    static Schema integer(String description) {
        return type("integer").format("int32").description(description);
    }

    static Schema number(String description) {
        return type("number").format("double").description(description);
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

    static Schema enumOf(String description, List<String> values) {
        Schema schema = string(description);
        schema.setEnum(new ArrayList<>(values));
        return schema;
    }

    static Schema range(Schema schema, long min, long max, Long defaultValue) {
        schema.minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
        if (defaultValue != null) {
            schema.setDefault(defaultValue);
        }
        return schema;
    }

    static Schema withDefault(Schema schema, Object value) {
        schema.setDefault(value);
        return schema;
    }

    /** A JSON object for examples, members in the given order: name, value, name, value, … */
    static Map<String, Object> json(Object... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            object.put((String) members[i], members[i + 1]);
        }
        return object;
    }

    // --- parameters

    static Parameter pathParam(String name, Schema schema, String description) {
        return new Parameter().in("path").name(name).required(true).description(description).schema(schema);
    }

    static Parameter query(String name, Schema schema, String description) {
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
    }

    /** A parameter that may be given several times ({@code type=a&type=b}); each value may also list {@code a,b}. */
    static Parameter repeatable(String name, Schema items, String description) {
        return query(name, arrayOf(items, null).maxItems(20), description + ". Repeatable (`" + name + "=a&" + name
                + "=b`) or comma-separated (`" + name + "=a,b`); at most 20 values; OR within the parameter, AND "
                + "with the other filters")
                .style(Parameter.StyleEnum.FORM).explode(true);
    }

    static Parameter withExample(Parameter parameter, String name, Object value, String summary) {
        return parameter.addExample(name, new Example().summary(summary).value(value));
    }

    // --- responses

    static ApiResponse ok(Schema schema, String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(JSON, new MediaType().schema(schema)));
    }

    /** An error response: RFC 9457 problem JSON of the given problem schema. */
    static ApiResponse problem(String schema, String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(schema))));
    }

    /** Named examples of a response's only media type, e.g. the several kinds of 400. */
    static ApiResponse examples(ApiResponse response, Map<String, Object> examples) {
        Map<String, Example> named = new LinkedHashMap<>();
        examples.forEach((name, value) -> named.put(name, new Example().value(value)));
        response.getContent().values().forEach(media -> media.examples(named));
        return response;
    }

    /** A cacheable answer; problems are never cached ({@code no-store}). */
    static ApiResponse cached(ApiResponse response, int maxAgeSeconds, String why) {
        return response.addHeaderObject("Cache-Control", new Header().schema(type("string"))
                .description("`public, max-age=" + maxAgeSeconds + "`: " + why));
    }

    // --- operations

    /** A public operation: no authentication (an empty security requirement list). */
    static Operation open(String tag, String id, String summary, String description) {
        return new Operation().addTagsItem(tag).operationId(id).summary(summary).description(description)
                .security(new ArrayList<>()).responses(new ApiResponses());
    }

    /** The answer to anything unexpected; the body never echoes the request (it may hold sensitive search text). */
    static ApiResponse serverError() {
        return problem(ProblemSchemas.SEARCH_PROBLEM, "Unexpected error on the server (`/problems/internal-error`).");
    }
}
