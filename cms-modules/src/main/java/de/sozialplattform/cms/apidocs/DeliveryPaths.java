package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.JSON;
import static de.sozialplattform.cms.apidocs.Docs.arrayOf;
import static de.sozialplattform.cms.apidocs.Docs.authErrors;
import static de.sozialplattform.cms.apidocs.Docs.empty;
import static de.sozialplattform.cms.apidocs.Docs.enumOf;
import static de.sozialplattform.cms.apidocs.Docs.header;
import static de.sozialplattform.cms.apidocs.Docs.integer;
import static de.sozialplattform.cms.apidocs.Docs.invalidInput;
import static de.sozialplattform.cms.apidocs.Docs.managed;
import static de.sozialplattform.cms.apidocs.Docs.notFound;
import static de.sozialplattform.cms.apidocs.Docs.object;
import static de.sozialplattform.cms.apidocs.Docs.ok;
import static de.sozialplattform.cms.apidocs.Docs.open;
import static de.sozialplattform.cms.apidocs.Docs.pathParam;
import static de.sozialplattform.cms.apidocs.Docs.problem;
import static de.sozialplattform.cms.apidocs.Docs.query;
import static de.sozialplattform.cms.apidocs.Docs.range;
import static de.sozialplattform.cms.apidocs.Docs.ref;
import static de.sozialplattform.cms.apidocs.Docs.serverError;
import static de.sozialplattform.cms.apidocs.Docs.string;
import static de.sozialplattform.cms.apidocs.Docs.withHeader;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public Delivery API ({@code /.rest/delivery/{endpoint}/...}, Magnolia's shape) and the editors' preview
 * tokens for it.
 */
final class DeliveryPaths {

    static final String TAG = "Delivery";
    static final String PREVIEW_TAG = "Preview";
    private static final String BASE = "/.rest/delivery/{endpoint}";

    private DeliveryPaths() {
    }

    static Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(BASE + "/", new PathItem().get(queryNodes()));
        paths.put(BASE + "/{path}", new PathItem().get(node()));
        paths.put(BASE + "/{path}@nodes", new PathItem().get(children()));
        paths.put("/.rest/preview/v1/tokens", new PathItem().post(previewToken()));
        return paths;
    }

    private static Operation delivery(String id, String summary, String description) {
        Operation operation = open(TAG, id, summary, description)
                .addParametersItem(pathParam("endpoint", "Delivery endpoint (a light-module definition)")
                        .schema(enumOf(null, "pages", "benefits")))
                .addParametersItem(query("lang", string(null), "Content language (`de`, `en`, `ar`, `tr`, `uk`, `ru`, "
                        + "`fa`), or `all` for every translation as stored; wins over `Accept-Language`. A missing "
                        + "translation falls back to German"))
                .addParametersItem(header("Accept-Language", false, "Preferred languages, e.g. `en, de;q=0.8`"))
                .addParametersItem(header("X-Preview-Token", false, "Preview token (see `POST /.rest/preview/v1/tokens`):"
                        + " answers with the working copies instead of the published content, never cached (single nodes and "
                        + "children only, not queries)"))
                .addParametersItem(query("previewToken", string(null), "The preview token as a query parameter, for "
                        + "links in a preview front end"))
                .addParametersItem(header("If-None-Match", false, "ETag of a copy the client holds; 304 when unchanged"));
        operation.getResponses()
                .addApiResponse("304", empty("Not modified: the `If-None-Match` ETag is still current"))
                .addApiResponse("400", invalidInput("Invalid parameter, named in `errors`"))
                .addApiResponse("401", problem("The preview token is unknown or expired "
                        + "(`/problems/invalid-preview-token`)"))
                .addApiResponse("404", notFound("No such endpoint, or nothing published at this path"));
        return serverError(operation);
    }

    private static ApiResponse cached(ApiResponse response) {
        withHeader(response, "ETag", "Version of this answer, for `If-None-Match` (not with a preview token)");
        withHeader(response, "Vary", "`Accept-Language`");
        return withHeader(response, "Cache-Control", "`public, max-age=…` (`sozial.delivery.cache-max-age`, 60 s by "
                + "default); `no-store` with a preview token");
    }

    private static Parameter path() {
        return pathParam("path", "Node path below the endpoint's root, e.g. `leistungen/buergergeld`; several "
                + "segments, sent with plain slashes");
    }

    private static Operation node() {
        Operation operation = delivery("deliverNode", "One published node",
                "The published node at `{path}` (below the endpoint's root) with its properties in the requested "
                        + "language, references resolved as the endpoint defines, and its children down to the "
                        + "endpoint's `depth`.")
                .addParametersItem(path());
        operation.getResponses()
                .addApiResponse("200", cached(ok(JSON, ref(Schemas.DELIVERY_NODE), "The node")))
                .addApiResponse("308", moved());
        return operation;
    }

    private static ApiResponse moved() {
        return withHeader(empty("The node was moved; `Location` names its new path (query string kept)"), "Location",
                "The node's current URL");
    }

    private static Operation children() {
        Operation operation = delivery("deliverChildren", "Children of a published node",
                "The published children of the node at `{path}`, in order, as a list.")
                .addParametersItem(path());
        operation.getResponses()
                .addApiResponse("200", cached(ok(JSON, arrayOf(ref(Schemas.DELIVERY_NODE), null), "The children")))
                .addApiResponse("308", moved());
        return operation;
    }

    private static Operation queryNodes() {
        Operation operation = delivery("queryNodes", "Query published nodes",
                "Published nodes of the endpoint's node types, filtered, searched, sorted and paged (Magnolia's "
                        + "query parameters). Not with a preview token (400).")
                .addParametersItem(query("limit", range(integer(null), 1, 100L, 10L), "Page size; the default is the "
                        + "endpoint's `limit` (`pages`: 10, `benefits`: 20)"))
                .addParametersItem(query("offset", range(integer(null), 0, null, 0L), "Nodes to skip"))
                .addParametersItem(query("orderBy", string(null), "Comma-separated properties, each optionally "
                        + "followed by `asc` or `desc`, e.g. `mgnl:lastModified desc,title asc`"))
                .addParametersItem(query("q", string(null), "Full-text search: up to 10 words of up to 100 characters"))
                .addParametersItem(filters());
        operation.getResponses()
                .addApiResponse("200", cached(ok(JSON, ref(Schemas.DELIVERY_QUERY_RESULT), "The matching nodes")));
        return operation;
    }

    /** Filters are free-form query parameters like {@code title[like]=Bürger}: a form-exploded object. */
    private static Parameter filters() {
        return query("filters", object(null).additionalProperties(string(null)), """
                Property filters, each a query parameter `{property}[{operator}]={value}` (`{property}={value}` for \
                `eq`). Operators: `eq`, `ne`, `lt`, `gt`, `lte`, `gte`, `like` (case-insensitive; `%` is a wildcard, \
                without one it means "contains"), `in`, `not-in`. \
                `|` separates alternatives (OR), e.g. `categories[in]=benefit|counselling`; `~` gives a range, e.g. \
                `mgnl:lastModified[in]=2026-01-01~2026-06-30`. Several filters must all match.""")
                .style(Parameter.StyleEnum.FORM).explode(true)
                .example(Map.of("title[like]", "Bürger", "categories[in]", "benefit|counselling"));
    }

    private static Operation previewToken() {
        Operation operation = managed(PREVIEW_TAG, "createPreviewToken", "EDITOR", "Create a preview token",
                "A short-lived token (`sozial.delivery.preview-ttl`, 30 minutes by default) that shows working "
                        + "copies (unpublished changes) on the Delivery API, for a preview front end. No request body.");
        operation.getResponses().addApiResponse("201", ok(JSON, ref("PreviewToken"), "The token"));
        return authErrors(operation);
    }

    static List<String> tags() {
        return List.of(TAG, PREVIEW_TAG);
    }
}
