package de.sozialplattform.cms.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document and Swagger UI, fetched without credentials from the running CMS. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NODE = "/.rest/nodes/v1/{workspace}/{path}";

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
    }

    private static final Set<String> PROBLEM_SCHEMAS = Set.of("#/components/schemas/Problem",
            "#/components/schemas/InvalidInputProblem", "#/components/schemas/ConflictProblem",
            "#/components/schemas/InvalidFileProblem");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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
        // Explicit mappings below /.rest/ must be documented; catch-alls (/**, {*path}) are hard-listed above.
        Set<String> documented = new TreeSet<>();
        docs.path("paths").properties().forEach(entry -> entry.getValue().propertyNames()
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + normalize(entry.getKey()))));
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/.rest/") && !pattern.contains("**") && !pattern.contains("{*"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method -> {
                    String operation = method.name() + " " + normalize(pattern);
                    if (!documented.contains(operation)) {
                        missing.add(operation);
                    }
                })));
        assertThat(missing).as("mapped but not in the OpenAPI document").isEmpty();
        assertThat(documented).contains("GET " + normalize(NODE), "POST " + normalize(NODE + "@publish"));
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
    void managementWritesNeedIfMatchAndDeliveryIsPublic() {
        operations().forEach((name, operation) -> {
            boolean delivery = name.contains(" /.rest/delivery/");
            assertThat(operation.path("security").toString()).as(name)
                    .isEqualTo(delivery ? "[]" : "[{\"basicAuth\":[]}]");
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
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(docsResponse.body(), null, options);
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
