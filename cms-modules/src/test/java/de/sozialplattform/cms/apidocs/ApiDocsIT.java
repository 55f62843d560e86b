package de.sozialplattform.cms.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.search.taxonomy.CounsellingType;
import de.sozialplattform.search.taxonomy.Taxonomy;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.Constants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document and Swagger UI, fetched without credentials from the running CMS. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NODE = "/.rest/nodes/v1/{workspace}/{path}";
    private static final String SEARCH = "/api/v1/advice-centres";
    private static final String DETAIL = SEARCH + "/{id}";
    private static final String PLACES = "/api/v1/places";
    private static final String QUESTIONS = "/api/v1/benefit-finder/questions";
    private static final String EVALUATE = "/api/v1/benefit-finder/evaluate";

    /** Every documented path with its methods; the node paths cannot be derived, the controller maps {@code /**}. */
    private static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("/.rest/nodes/v1/{workspace}", Set.of("get", "put"));
        EXPECTED.put(NODE, Set.of("get", "put", "post", "delete"));
        EXPECTED.put(NODE + "@publish", Set.of("post"));
        EXPECTED.put(NODE + "@unpublish", Set.of("post"));
        EXPECTED.put(NODE + "@move", Set.of("post"));
        EXPECTED.put(NODE + "@restore", Set.of("post"));
        EXPECTED.put(NODE + "@versions", Set.of("get"));
        EXPECTED.put(NODE + "@versions/{version}", Set.of("get"));
        EXPECTED.put(NODE + "@list", Set.of("get"));
        EXPECTED.put("/.rest/nodes/v1/{workspace}/@list", Set.of("get"));
        EXPECTED.put("/.rest/trash/v1/{workspace}", Set.of("get"));
        EXPECTED.put("/.rest/trash/v1/{workspace}/{id}/restore", Set.of("post"));
        EXPECTED.put("/.rest/trash/v1/{workspace}/{id}", Set.of("delete"));
        EXPECTED.put("/.rest/outbox/v1", Set.of("get"));
        EXPECTED.put("/.rest/outbox/v1/events", Set.of("get"));
        EXPECTED.put("/.rest/outbox/v1/events/{id}/retry", Set.of("post"));
        EXPECTED.put("/.rest/audit/v1", Set.of("get"));
        EXPECTED.put("/.rest/light-modules/v1", Set.of("get"));
        EXPECTED.put("/.rest/export/v1/{workspace}/{path}", Set.of("get"));
        EXPECTED.put("/.rest/import/v1/{workspace}/{parentPath}", Set.of("post"));
        EXPECTED.put("/.rest/delivery/{endpoint}/", Set.of("get"));
        EXPECTED.put("/.rest/delivery/{endpoint}/{path}", Set.of("get"));
        EXPECTED.put("/.rest/delivery/{endpoint}/{path}@nodes", Set.of("get"));
        EXPECTED.put("/.rest/preview/v1/tokens", Set.of("post"));
        EXPECTED.put("/.rest/feedback/v1", Set.of("get"));
        EXPECTED.put("/.rest/feedback/v1/{id}@close", Set.of("post"));
        EXPECTED.put(SEARCH, Set.of("get"));
        EXPECTED.put(DETAIL, Set.of("get"));
        EXPECTED.put(DETAIL + "/feedback", Set.of("post"));
        EXPECTED.put(PLACES, Set.of("get"));
        EXPECTED.put(QUESTIONS, Set.of("get"));
        EXPECTED.put(EVALUATE, Set.of("post"));
        EXPECTED.put("/api/v1/admin/reindex", Set.of("post"));
        EXPECTED.put("/.rest/review/v1/locations/{id}/submit", Set.of("post"));
        EXPECTED.put("/.rest/review/v1/requests", Set.of("get"));
        EXPECTED.put("/.rest/review/v1/requests/{id}/approve", Set.of("post"));
    }

    private static final Set<String> PROBLEM_SCHEMAS = Set.of("#/components/schemas/Problem",
            "#/components/schemas/InvalidInputProblem", "#/components/schemas/ConflictProblem",
            "#/components/schemas/InvalidFileProblem", "#/components/schemas/TooManyRequestsProblem",
            "#/components/schemas/SearchProblem", "#/components/schemas/InvalidParameterProblem");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    @Autowired
    Taxonomy taxonomy;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private HttpResponse<String> docsResponse;
    private JsonNode docs;

    @BeforeEach
    void fetchDocs() {
        docsResponse = get("/v3/api-docs");
        assertThat(docsResponse.statusCode()).as(docsResponse.body()).isEqualTo(200);
        docs = JSON.readTree(docsResponse.body());
    }

    @Test
    void servesAnOpenApiDocumentWithoutCredentials() {
        assertThat(docsResponse.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(docs.path("openapi").asString()).startsWith("3.");
        assertThat(docs.path("info").path("title").asString()).isEqualTo("Sozialplattform API");
        assertThat(docs.path("info").path("version").asString()).matches("\\d+\\.\\d+.*");
        assertThat(docs.path("info").path("description").asString()).contains("docs/management-api.md");
        assertThat(docs.path("components").path("securitySchemes").path("basicAuth").path("scheme").asString())
                .isEqualTo("basic");
    }

    @Test
    void describesEveryPathWithItsMethodsAndNoCatchAll() {
        EXPECTED.forEach((path, methods) -> assertThat(methods(path)).as(path).isEqualTo(new TreeSet<>(methods)));
        List<String> catchAll = new ArrayList<>();
        docs.path("paths").propertyNames().forEach(path -> {
            if (path.contains("**")) {
                catchAll.add(path);
            }
        });
        assertThat(catchAll).as("scanned catch-all mappings must not leak into the document").isEmpty();
    }

    @Test
    void describesEveryPathTheControllersMap() {
        // Explicit mappings below /.rest/ and /api/v1/ must be documented; catch-alls (/**, {*path}) are hard-listed
        // above.
        Set<String> documented = new TreeSet<>();
        docs.path("paths").properties().forEach(entry -> entry.getValue().propertyNames()
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + normalize(entry.getKey()))));
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> (pattern.startsWith("/.rest/") || pattern.startsWith("/api/v1/"))
                        && !pattern.contains("**") && !pattern.contains("{*"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method -> {
                    String operation = method.name() + " " + normalize(pattern);
                    if (!documented.contains(operation)) {
                        missing.add(operation);
                    }
                })));
        assertThat(missing).as("mapped but not in the OpenAPI document").isEmpty();
        assertThat(documented).contains("GET " + normalize(NODE), "POST " + normalize(NODE + "@publish"),
                "GET " + normalize(SEARCH), "POST /api/v1/admin/reindex");
    }

    @Test
    void definesTheProblemAndContentSchemas() {
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("Problem").path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance");
        assertThat(schemas.path("InvalidInputProblem").toString()).contains("#/components/schemas/Problem", "errors");
        assertThat(schemas.path("ConflictProblem").toString())
                .contains("#/components/schemas/Problem", "referencedBy", "path");
        assertThat(schemas.path("Node").path("properties").propertyNames()).contains("name", "type", "path",
                "identifier", "status", "etag", "publishedVersion", "publishAt", "expireAt", "created", "createdBy",
                "lastModified", "lastModifiedBy", "properties", "nodes");
        assertThat(schemas.path("DeliveryNode").path("properties").propertyNames()).contains("@name", "@path", "@id",
                "@nodeType", "mgnl:created", "mgnl:lastModified", "@nodes");
        assertThat(schemas.path("DeliveryQueryResult").path("properties").propertyNames())
                .contains("results", "total", "limit", "offset");
    }

    @Test
    void everyErrorIsProblemJson() {
        List<String> wrong = new ArrayList<>();
        int[] errors = {0};
        operations().forEach((name, operation) -> operation.path("responses").properties().forEach(response -> {
            if (response.getKey().compareTo("400") < 0) {
                return;
            }
            errors[0]++;
            JsonNode content = response.getValue().path("content");
            String ref = content.path("application/problem+json").path("schema").path("$ref").asString();
            if (content.size() != 1 || !PROBLEM_SCHEMAS.contains(ref)) {
                wrong.add(name + " " + response.getKey() + ": " + content);
            }
        }));
        assertThat(errors[0]).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    void managementWritesNeedIfMatchAndDeliveryAndSearchArePublic() {
        operations().forEach((name, operation) -> {
            boolean open = name.contains(" /.rest/delivery/") || name.contains(" /dam/")
                    || name.contains(" /api/v1/") && !name.contains(" /api/v1/admin/");
            assertThat(operation.path("security").toString()).as(name)
                    .isEqualTo(open ? "[]" : "[{\"basicAuth\":[]}]");
            if (name.startsWith("POST /.rest/nodes/") || name.startsWith("DELETE /.rest/nodes/")) {
                assertThat(operation.path("parameters").toString()).as(name).contains("\"If-Match\"");
                assertThat(operation.path("responses").has("412")).as(name).isTrue();
                assertThat(operation.path("responses").has("428")).as(name).isTrue();
            }
        });
        JsonNode read = docs.path("paths").path(NODE).path("get").path("responses");
        assertThat(read.path("200").path("headers").has("ETag")).isTrue();
        assertThat(read.has("308")).isTrue();
        JsonNode deliver = docs.path("paths").path("/.rest/delivery/{endpoint}/{path}").path("get").path("responses");
        assertThat(deliver.path("200").path("headers").propertyNames()).contains("ETag", "Cache-Control");
        assertThat(deliver.propertyNames()).contains("304", "308", "400", "404");
        assertThat(docs.path("paths").path("/.rest/export/v1/{workspace}/{path}").path("get").path("responses")
                .path("200").path("content").has("application/yaml")).isTrue();
    }

    @Test
    void isAValidOpenApiDocument() {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(docsResponse.body(), null, resolving());
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getMessages()).isEmpty();
    }

    @Test
    void servesSwaggerUiWithoutCredentials() {
        HttpResponse<String> ui = get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(get("/swagger-ui.html").statusCode()).isBetween(200, 399);
        assertThat(get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }

    @Test
    void describesTheFinderParametersWithTheLimitsInForce() {
        Map<String, JsonNode> search = parameters("get", SEARCH);
        assertThat(search.keySet()).containsExactly("location", "lat", "lon", "radiusKm", "type", "topic",
                "targetGroup", "q", "online", "anonymous", "language", "accessible", "free", "sort", "page", "size",
                "lang");
        search.forEach((name, parameter) -> {
            assertThat(parameter.path("in").asString()).as(name).isEqualTo("query");
            assertThat(parameter.path("required").asBoolean()).as(name).isFalse();
            assertThat(parameter.path("description").asString()).as(name).isNotBlank();
            assertThat(parameter.path("schema").path("type").toString()).as(name).isNotEmpty();
        });
        assertRange(search.get("radiusKm"), 1, 200, 25);
        assertRange(search.get("size"), 1, 100, 20);
        assertThat(search.get("page").path("schema").path("minimum").asInt()).isZero();
        assertRange(search.get("lat"), -90, 90, null);
        assertRange(search.get("lon"), -180, 180, null);
        assertThat(search.get("q").path("schema").path("maxLength").asInt()).isEqualTo(200);
        assertThat(enumValues(search.get("sort").path("schema"))).containsExactly("distance", "relevance", "name");
        for (String repeatable : List.of("type", "topic", "targetGroup", "language")) {
            JsonNode parameter = search.get(repeatable);
            assertThat(parameter.path("schema").path("type").toString()).as(repeatable).contains("array");
            assertThat(parameter.path("explode").asBoolean()).as(repeatable).isTrue();
        }
        assertThat(enumValues(search.get("type").path("schema").path("items")))
                .containsExactlyElementsOf(taxonomy.types().stream().map(CounsellingType::id).toList())
                .contains("suchtberatung", "schuldnerberatung", "wohnungsnothilfe");
        assertThat(enumValues(search.get("topic").path("schema").path("items")))
                .containsExactlyElementsOf(taxonomy.topics()).contains("spielsucht", "p-konto", "mietschulden");
        assertThat(search.get("location").path("examples").toString()).contains("40227", "Düsseldorf");

        assertThat(parameters("get", DETAIL).keySet()).containsExactly("id", "lang");
        Map<String, JsonNode> places = parameters("get", PLACES);
        assertThat(places.keySet()).containsExactly("q", "limit");
        assertThat(places.get("q").path("required").asBoolean()).isTrue();
        assertRange(places.get("limit"), 1, 10, 10);
        JsonNode report = operations().get("POST " + DETAIL + "/feedback");
        assertThat(report.path("parameters").toString()).contains("\"id\"");
        JsonNode form = resolve(report.path("requestBody").path("content").path("application/json").path("schema"));
        assertThat(form.path("required").toString()).contains("text");
        assertThat(form.path("properties").path("text").path("maxLength").asInt()).isEqualTo(2000);
        assertThat(form.path("properties").path("contact").path("maxLength").asInt()).isEqualTo(200);
    }

    @Test
    void describesTheAnswersAndProblemsOfEverySearchOperation() {
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        statuses.put("GET " + SEARCH, List.of("200", "400", "500", "503"));
        statuses.put("GET " + DETAIL, List.of("200", "400", "404", "500", "503"));
        statuses.put("GET " + PLACES, List.of("200", "400", "500", "503"));
        statuses.put("GET " + QUESTIONS, List.of("200", "400", "500", "503"));
        statuses.put("POST " + EVALUATE, List.of("200", "400", "500", "503"));
        statuses.put("POST " + DETAIL + "/feedback", List.of("202", "400", "404", "413", "429", "500"));
        statuses.put("POST /api/v1/admin/reindex", List.of("200", "401", "403", "409", "500"));
        Map<String, JsonNode> operations = operations();
        assertThat(operations.keySet().stream().filter(name -> name.contains(" /api/v1/")))
                .containsExactlyInAnyOrderElementsOf(statuses.keySet());
        statuses.forEach((name, codes) -> {
            JsonNode operation = operations.get(name);
            assertThat(operation.path("operationId").asString()).as(name).isNotBlank();
            assertThat(operation.path("summary").asString()).as(name).isNotBlank();
            assertThat(operation.path("responses").propertyNames()).as(name).containsExactlyElementsOf(codes);
            JsonNode success = operation.path("responses").path(codes.get(0));
            assertThat(success.path("content").path("application/json").path("schema").path("$ref").asString())
                    .as(name).startsWith("#/components/schemas/");
        });
        for (String name : List.of("GET " + SEARCH, "GET " + DETAIL, "GET " + PLACES)) {
            assertThat(problemSchema(operations.get(name), "400")).as(name).isEqualTo("InvalidParameterProblem");
            assertThat(problemSchema(operations.get(name), "503")).as(name).isEqualTo("SearchProblem");
            assertThat(operations.get(name).path("tags").toString()).as(name)
                    .contains(name.endsWith(PLACES) ? "Places" : "Beratungsstellenfinder");
        }
        for (String name : List.of("GET " + QUESTIONS, "POST " + EVALUATE)) {
            assertThat(problemSchema(operations.get(name), "400")).as(name).isEqualTo("InvalidParameterProblem");
            assertThat(problemSchema(operations.get(name), "503")).as(name).isEqualTo("SearchProblem");
            assertThat(operations.get(name).path("tags").toString()).as(name).contains("Sozialleistungsfinder");
        }
        JsonNode evaluate = operations.get("POST " + EVALUATE);
        assertThat(evaluate.path("parameters").toString()).contains("\"lang\"").doesNotContain("\"answers\"");
        assertThat(resolve(evaluate.path("requestBody").path("content").path("application/json").path("schema"))
                .path("properties").propertyNames()).containsExactly("answers", "postalCode", "date");
        assertThat(evaluate.path("responses").path("200").path("headers").path("Cache-Control").toString())
                .contains("no-store");
        assertThat(problemSchema(operations.get("POST " + DETAIL + "/feedback"), "400"))
                .isEqualTo("InvalidInputProblem");
        assertThat(problemSchema(operations.get("POST " + DETAIL + "/feedback"), "429"))
                .isEqualTo("TooManyRequestsProblem");
        assertThat(problemSchema(operations.get("POST /api/v1/admin/reindex"), "409")).isEqualTo("ConflictProblem");

        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("InvalidParameterProblem").toString())
                .contains("#/components/schemas/SearchProblem", "errors", "candidates", "PlaceCandidate");
        assertThat(schemas.path("PlaceCandidate").path("properties").propertyNames())
                .containsExactly("postalCode", "name", "state", "district");
        assertThat(schemas.path("TooManyRequestsProblem").toString()).contains("retryAfterSeconds");
        assertThat(schemas.path("AdviceCentreList").path("properties").propertyNames())
                .containsExactly("total", "page", "size", "origin", "results", "facets", "suggestions");
        assertThat(schemas.path("AdviceCentreSummary").path("properties").propertyNames()).contains("id", "name",
                "organisation", "types", "topics", "address", "location", "distanceKm", "nationwide", "online",
                "bookingUrl", "phone", "email", "website", "languages");
        assertThat(schemas.path("AdviceCentre").toString()).contains("announcements", "otherLocations",
                "openingHours", "#/components/schemas/AdviceCentreSummary");
        String badInput = operations.get("GET " + SEARCH).path("responses").path("400").toString();
        assertThat(badInput).contains("\"candidates\"", "\"field\":\"radiusKm\"");
        assertThat(docs.path("tags").toString()).contains("Beratungsstellenfinder", "Places", "Sozialleistungsfinder", "Feedback",
                "Search index");
    }

    @Test
    void documentedLimitsAreTheOnesTheApiEnforces() {
        // Just past each documented bound the API answers 400 naming the parameter: the document and
        // FinderRequestParser / PlacesController cannot drift apart unnoticed.
        List<String> wrong = new ArrayList<>();
        int[] probes = {0};
        for (String path : List.of(SEARCH, PLACES)) {
            parameters("get", path).forEach((name, parameter) -> {
                JsonNode schema = parameter.path("schema");
                String prefix = PLACES.equals(path) && !"q".equals(name) ? "q=duss&" : "lat".equals(name) ? "lon=7&"
                        : "lon".equals(name) ? "lat=50&" : "";
                List<String> invalid = new ArrayList<>();
                if (schema.has("maximum")) {
                    invalid.add(String.valueOf(schema.path("maximum").asLong() + 1));
                }
                if (schema.has("minimum")) {
                    invalid.add(String.valueOf(schema.path("minimum").asLong() - 1));
                }
                JsonNode items = schema.has("items") ? schema.path("items") : schema;
                if (items.has("enum")) {
                    invalid.add("bogus");
                }
                if (schema.path("type").toString().contains("boolean")) {
                    invalid.add("maybe");
                }
                for (String value : invalid) {
                    probes[0]++;
                    HttpResponse<String> answer = get(path + "?" + prefix + name + "=" + value);
                    JsonNode problem = JSON.readTree(answer.body());
                    if (answer.statusCode() != 400 || !name.equals(problem.path("errors").path(0).path("field")
                            .asString())) {
                        wrong.add(path + " " + name + "=" + value + ": " + answer.statusCode() + " " + answer.body());
                    }
                }
            });
        }
        assertThat(probes[0]).as("bounds, enums and flags probed").isGreaterThanOrEqualTo(19);
        assertThat(wrong).isEmpty();
        assertThat(get(SEARCH + "?radiusKm=200&size=100&page=0").statusCode()).isEqualTo(200);
    }

    @Test
    void bothCustomizersGiveTheSameDocumentInEitherOrder() {
        // springdoc applies the customizers from a Set, in no guaranteed order: neither may undo the other.
        List<OpenApiCustomizer> customizers = context.getBeansOfType(OpenApiCustomizer.class).values().stream()
                .filter(customizer -> customizer.getClass().getName().startsWith("de.sozialplattform."))
                .toList();
        assertThat(customizers).hasSize(2);
        JsonNode forward = customised(customizers);
        List<OpenApiCustomizer> reversed = new ArrayList<>(customizers);
        Collections.reverse(reversed);
        JsonNode backward = customised(reversed);
        assertThat(forward).isEqualTo(backward);
        assertThat(forward.path("info").path("title").asString()).isEqualTo("Sozialplattform API");
        assertThat(forward.path("paths").propertyNames()).contains("/elsewhere", SEARCH, PLACES, NODE,
                DETAIL + "/feedback").doesNotContain("/.rest/nodes/v1/**");
        assertThat(forward.path("paths").path(PLACES).path("get").path("operationId").asString())
                .isEqualTo("suggestPlaces");

        // The search service without the CMS: its own info, its paths only, still a valid document.
        List<OpenApiCustomizer> searchOnly = customizers.stream()
                .filter(customizer -> customizer.getClass().getName().startsWith("de.sozialplattform.search."))
                .toList();
        JsonNode alone = customised(searchOnly);
        assertThat(alone.path("info").path("title").asString()).isEqualTo("Sozialplattform search API");
        assertThat(alone.path("paths").propertyNames()).containsExactlyInAnyOrder("/.rest/nodes/v1/**", "/elsewhere",
                SEARCH, DETAIL, PLACES, QUESTIONS, EVALUATE);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(alone.toString(), null, resolving());
        assertThat(parsed.getMessages()).isEmpty();
    }

    @Test
    void everyComponentSchemaIsUsed() {
        // Scanned controllers would leave schemas of their Java types behind; the method filters keep them out.
        String document = docsResponse.body();
        List<String> unused = new ArrayList<>();
        docs.path("components").path("schemas").propertyNames().forEach(name -> {
            if (!document.contains("\"#/components/schemas/" + name + "\"")) {
                unused.add(name);
            }
        });
        assertThat(unused).isEmpty();
    }

    private JsonNode customised(List<OpenApiCustomizer> customizers) {
        OpenAPI openApi = new OpenAPI(SpecVersion.V31)
                .info(new Info().title(Constants.DEFAULT_TITLE).version(Constants.DEFAULT_VERSION))
                .paths(new Paths()
                        .addPathItem("/.rest/nodes/v1/**", scanned("scannedNodes"))
                        .addPathItem(PLACES, scanned("scannedPlaces"))
                        .addPathItem("/elsewhere", scanned("elsewhere")));
        customizers.forEach(customizer -> customizer.customise(openApi));
        return JSON.readTree(Json31.pretty(openApi));
    }

    /** A path as springdoc's scan would leave it. */
    private static PathItem scanned(String operationId) {
        return new PathItem().get(new Operation().operationId(operationId)
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK"))));
    }

    private static ParseOptions resolving() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return options;
    }

    private Map<String, JsonNode> parameters(String method, String path) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        docs.path("paths").path(path).path(method).path("parameters")
                .forEach(parameter -> parameters.put(parameter.path("name").asString(), parameter));
        return parameters;
    }

    private static void assertRange(JsonNode parameter, long min, long max, Integer defaultValue) {
        JsonNode schema = parameter.path("schema");
        assertThat(schema.path("minimum").asLong()).as(parameter.path("name").asString()).isEqualTo(min);
        assertThat(schema.path("maximum").asLong()).as(parameter.path("name").asString()).isEqualTo(max);
        if (defaultValue != null) {
            assertThat(schema.path("default").asInt()).as(parameter.path("name").asString()).isEqualTo(defaultValue);
        }
    }

    private static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asString()));
        return values;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString();
        return ref.isEmpty() ? schema : docs.path("components").path("schemas")
                .path(ref.substring("#/components/schemas/".length()));
    }

    private static String problemSchema(JsonNode operation, String status) {
        return operation.path("responses").path(status).path("content").path("application/problem+json")
                .path("schema").path("$ref").asString().replace("#/components/schemas/", "");
    }

    private Set<String> methods(String path) {
        Set<String> methods = new TreeSet<>();
        docs.path("paths").path(path).propertyNames().forEach(methods::add);
        return methods;
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(
                operation -> operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                        operation.getValue())));
        return operations;
    }

    private static String normalize(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
