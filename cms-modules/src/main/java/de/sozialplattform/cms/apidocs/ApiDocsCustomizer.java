package de.sozialplattform.cms.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import de.sozialplattform.cms.feedback.FeedbackProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Writes the CMS's APIs into the document springdoc builds: info, tags, the HTTP Basic scheme, the component
 * schemas, every {@code /.rest/} path and the CMS's paths below {@code /api/v1/} (feedback, reindex). Paths
 * springdoc scanned elsewhere stay as they are.
 *
 * <p>The search service's customizer ({@code de.sozialplattform.search.apidocs}) adds the search paths to the same
 * document. springdoc calls customizers from a {@code Set}, in no guaranteed order ({@code @Order} is not applied),
 * so each only removes and replaces what it owns and keeps the other's tags; this one's {@code info} wins because
 * the search customizer sets {@code info} only while it is springdoc's default.
 */
class ApiDocsCustomizer implements OpenApiCustomizer {

    static final String REST_PREFIX = "/.rest/";

    private final String version;
    private final FeedbackProperties feedback;

    ApiDocsCustomizer(String version, FeedbackProperties feedback) {
        this.version = version;
        this.feedback = feedback;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(info());
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        Components components = openApi.getComponents();
        Schemas.all().forEach(components::addSchemas);
        SearchAdminPaths.schemas().forEach(components::addSchemas);
        UsersPaths.schemas().forEach(components::addSchemas);
        components.addSecuritySchemes(Docs.BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("CMS users. Role `EDITOR` reads and changes content; `ADMIN` also sees "
                        + "the outbox, the audit log and the light-module definitions and purges the trash. The demo "
                        + "users `editor`/`editor` and `admin`/`admin` exist only on the embedded H2 database."));
        Paths paths = openApi.getPaths() == null ? new Paths() : openApi.getPaths();
        paths.keySet().removeIf(path -> path.startsWith(REST_PREFIX));
        explicitPaths().forEach(paths::addPathItem);
        openApi.paths(paths);
        openApi.tags(tags(openApi.getTags()));
    }

    private Map<String, PathItem> explicitPaths() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.putAll(DeliveryPaths.all());
        paths.putAll(NodesPaths.all());
        paths.putAll(AdminPaths.all());
        paths.putAll(AssetPaths.all());
        paths.putAll(SearchAdminPaths.all(feedback));
        paths.putAll(ReviewApiPaths.all());
        paths.putAll(UsersPaths.all());
        paths.values().forEach(item -> item.readOperations().forEach(ApiDocsCustomizer::sortResponses));
        return paths;
    }

    /** Responses in the order of their status codes, as readers look them up. */
    private static void sortResponses(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
        operation.responses(sorted);
    }

    private Info info() {
        return new Info().title("Sozialplattform API").version(version).description("""
                HTTP APIs of the Sozialplattform CMS, shaped like Magnolia's.

                - **Delivery API** (`/.rest/delivery/`): published content for front ends and partner portals; \
                public, cacheable (`ETag`, `Cache-Control`).
                - **Management API** (`/.rest/nodes/v1/`, `/.rest/trash/v1/`): content for editors and tools, HTTP \
                Basic; writes need `If-Match` with the node's `ETag`. Reference: `docs/management-api.md`.
                - **Operations** (`/.rest/outbox/v1`, `/.rest/audit/v1`, `/.rest/light-modules/v1`): for \
                administrators.
                - **Beratungsstellenfinder** (`/api/v1/advice-centres`, `/api/v1/places`): the public search API \
                for advice centres, no sign-in, CORS open for partner portals; citizens report outdated data at \
                `/api/v1/advice-centres/{id}/feedback`, editors read it at `/.rest/feedback/v1`. Administrators \
                rebuild the search index with `POST /api/v1/admin/reindex`. See `docs/advice-centre-finder.md`.

                Every error is an RFC 9457 problem document (`application/problem+json`, schema `Problem`) with a \
                stable `type`; input errors list each offending field in `errors`. Node paths (`{path}`) span \
                several segments and are sent with plain slashes. See `README.md` and `docs/` in the repository.""");
    }

    private static List<Tag> tags(List<Tag> scanned) {
        List<Tag> tags = new ArrayList<>(List.of(
                new Tag().name(DeliveryPaths.TAG).description("Published content, public (no authentication)"),
                new Tag().name(DeliveryPaths.PREVIEW_TAG).description("Preview of unpublished content on the "
                        + "Delivery API"),
                new Tag().name(NodesPaths.TAG).description("Magnolia's nodes endpoint: read, create, change, "
                        + "publish, move, version nodes"),
                new Tag().name(AdminPaths.TRASH).description("Deleted subtrees"),
                new Tag().name(AssetPaths.TAG).description("Uploaded files: upload and metadata for editors, "
                        + "public download of published files"),
                new Tag().name(AdminPaths.TRANSFER).description("Subtrees in Magnolia's YAML bootstrap format"),
                new Tag().name(AdminPaths.OPERATIONS).description("Outbox, audit log and light modules, for "
                        + "administrators"),
                new Tag().name(ReviewApiPaths.TAG).description("Review workflow of the centres' self-service: "
                        + "submit, approve, reject, confirm; overdue content"),
                new Tag().name(SearchAdminPaths.FEEDBACK_TAG).description("Citizens' reports of outdated "
                        + "advice-centre data, for editors"),
                new Tag().name(SearchAdminPaths.INDEX_TAG).description("The advice-centre search index, for "
                        + "administrators"),
                new Tag().name(UsersPaths.TAG).description("Accounts and memberships, for administrators")));
        if (scanned != null) {
            scanned.stream().filter(tag -> tags.stream().noneMatch(t -> t.getName().equals(tag.getName())))
                    .forEach(tags::add);
        }
        return tags;
    }
}
