package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.JSON;
import static de.sozialplattform.cms.apidocs.Docs.arrayOf;
import static de.sozialplattform.cms.apidocs.Docs.authErrors;
import static de.sozialplattform.cms.apidocs.Docs.body;
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
import static de.sozialplattform.cms.apidocs.Docs.open;
import static de.sozialplattform.cms.apidocs.Docs.pathParam;
import static de.sozialplattform.cms.apidocs.Docs.problem;
import static de.sozialplattform.cms.apidocs.Docs.query;
import static de.sozialplattform.cms.apidocs.Docs.range;
import static de.sozialplattform.cms.apidocs.Docs.ref;
import static de.sozialplattform.cms.apidocs.Docs.serverError;
import static de.sozialplattform.cms.apidocs.Docs.string;
import static de.sozialplattform.cms.apidocs.Docs.tooLarge;
import static de.sozialplattform.cms.apidocs.Docs.withDefault;

import de.sozialplattform.cms.feedback.FeedbackProperties;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CMS's part of the advice-centre search: citizens' feedback on a location ({@code FeedbackController}) and the
 * index rebuild ({@code ReindexController}). The search paths themselves are described by the search service.
 */
@SuppressWarnings("rawtypes")
final class SearchAdminPaths {

    static final String FEEDBACK_TAG = "Feedback";
    static final String INDEX_TAG = "Search index";
    /** The search service's tag (de.sozialplattform.search.apidocs): the feedback form belongs to the finder. */
    static final String FINDER_TAG = "Beratungsstellenfinder";
    static final String REPORT = "/api/v1/advice-centres/{id}/feedback";
    static final String REINDEX = "/api/v1/admin/reindex";
    /** The paths below /api/v1/ described here, kept out of springdoc's scan. */
    static final Set<String> API_PATHS = Set.of(REPORT, REINDEX);

    private SearchAdminPaths() {
    }

    static Map<String, PathItem> all(FeedbackProperties limits) {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(REPORT, new PathItem().post(report(limits)));
        paths.put("/.rest/feedback/v1", new PathItem().get(listFeedback()));
        paths.put("/.rest/feedback/v1/{id}@close", new PathItem().post(closeFeedback()));
        paths.put(REINDEX, new PathItem().post(reindex()));
        return paths;
    }

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put("FeedbackReport", object("What a citizen reports about an advice centre's data.")
                .addProperty("text", string("What is outdated or wrong; plain text (never rendered as HTML), no "
                        + "control characters other than line breaks and tabs").minLength(1).maxLength(2000))
                .addProperty("contact", string("Optional e-mail or phone for questions back; only editors see it")
                        .maxLength(200))
                .required(List.of("text")));
        schemas.put("FeedbackReceipt", object("The report is queued for the editors.")
                .addProperty("status", enumOf(null, "received"))
                .required(List.of("status")));
        schemas.put("Feedback", object("One report as editors see it.")
                .addProperty("id", integer("Id for `@close`").format("int64"))
                .addProperty("locationId", string("Identifier of the reported location (workspace `adviceCentres`)")
                        .format("uuid"))
                .addProperty("message", string("The report's text, plain text"))
                .addProperty("contact", string("Contact the citizen left, if any"))
                .addProperty("status", enumOf(null, "OPEN", "CLOSED"))
                .addProperty("createdAt", dateTime(null))
                .addProperty("closedAt", dateTime(null))
                .addProperty("closedBy", string("Editor who closed it"))
                .required(List.of("id", "locationId", "message", "status", "createdAt")));
        schemas.put("ReindexResult", object("What the rebuild did.")
                .addProperty("indexed", integer("Locations written into the fresh index"))
                .addProperty("replayed", integer("Locations re-read after the switch-over because they changed "
                        + "meanwhile (0 with a remote Delivery API as source: its next sync catches up)"))
                .addProperty("durationMs", integer("Duration in milliseconds").format("int64"))
                .addProperty("source", string("`local`, or the base URL of the remote Delivery API read from"))
                .required(List.of("indexed", "replayed", "durationMs", "source")));
        return schemas;
    }

    private static Operation report(FeedbackProperties limits) {
        Operation operation = open(FINDER_TAG, "reportAdviceCentreFeedback", "Report outdated data", "A citizen "
                        + "reports that a published location's data is outdated or wrong; the report is queued for "
                        + "the editors (`GET /.rest/feedback/v1`). Rate-limited per client address ("
                        + limits.perClient() + " reports) and in total (" + limits.total() + " reports) per "
                        + limits.window().toMinutes() + " minutes.")
                .addParametersItem(pathParam("id", "Identifier (UUID) of the location, `id` of a search result")
                        .schema(string(null).format("uuid")))
                .requestBody(body(JSON, ref("FeedbackReport"), true, "The report"));
        operation.getResponses()
                .addApiResponse("202", ok(JSON, ref("FeedbackReceipt"), "Queued for the editors"))
                .addApiResponse("400", invalidInput("`text` is missing, blank or too long, `contact` is too long, "
                        + "either has control characters, or the body is not JSON of this shape"))
                .addApiResponse("404", notFound("No published advice-centre location with this id"))
                .addApiResponse("413", tooLarge())
                .addApiResponse("429", problem(Schemas.TOO_MANY_REQUESTS_PROBLEM, "Too many reports from this "
                        + "client or in total (`/problems/too-many-requests`); `retryAfterSeconds` says when to try "
                        + "again. Nothing was queued."));
        return serverError(operation);
    }

    private static Operation listFeedback() {
        Operation operation = managed(FEEDBACK_TAG, "listFeedback", "EDITOR", "List feedback",
                "Citizens' reports on advice centres, oldest first.")
                .addParametersItem(query("status", withDefault(enumOf(null, "open", "closed"), "open"),
                        "Open reports or closed ones"))
                .addParametersItem(query("limit", range(integer(null), 1, 500L, 100L), "Most reports to answer"));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, arrayOf(ref("Feedback"), null), "The reports"))
                .addApiResponse("400", invalidInput("Unknown `status` or `limit` out of range"));
        return authErrors(operation);
    }

    private static Operation closeFeedback() {
        Operation operation = managed(FEEDBACK_TAG, "closeFeedback", "EDITOR", "Close a report",
                "Marks an open report as dealt with, recording the editor. No request body.")
                .addParametersItem(pathParam("id", "Id of the report").schema(integer(null).format("int64")));
        operation.getResponses()
                .addApiResponse("204", empty("Closed"))
                .addApiResponse("400", invalidInput("`id` is not a number"))
                .addApiResponse("404", notFound("No open report with this id"));
        return authErrors(operation);
    }

    private static Operation reindex() {
        Operation operation = managed(INDEX_TAG, "reindexAdviceCentres", "ADMIN", "Rebuild the advice-centre index",
                "Builds a fresh core or collection from all published locations (or the remote Delivery API) next to "
                        + "the live one, switches over (core swap, or collection alias in SolrCloud) and replays the "
                        + "changes published meanwhile; searches keep working throughout and never see an empty "
                        + "index. Answers when done. No request body; also `java -jar sozialplattform.jar reindex`.");
        operation.getResponses()
                .addApiResponse("200", ok(JSON, ref("ReindexResult"), "Rebuilt and switched over"))
                .addApiResponse("409", conflict("Another reindex is running in this process; try again when it has "
                        + "finished"));
        return authErrors(operation);
    }
}
