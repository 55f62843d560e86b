package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.JSON;
import static de.sozialplattform.cms.apidocs.Docs.authErrors;
import static de.sozialplattform.cms.apidocs.Docs.body;
import static de.sozialplattform.cms.apidocs.Docs.conditional;
import static de.sozialplattform.cms.apidocs.Docs.conflict;
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
import static de.sozialplattform.cms.apidocs.Docs.string;
import static de.sozialplattform.cms.apidocs.Docs.type;
import static de.sozialplattform.cms.apidocs.Docs.withDefault;
import static de.sozialplattform.cms.apidocs.Docs.withEtag;
import static de.sozialplattform.cms.apidocs.Docs.withHeader;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** The review workflow of the centres' self-service (cms {@code review}, docs/review.md). */
final class ReviewApiPaths {

    static final String TAG = "Review";
    private static final String BASE = "/.rest/review/v1";
    private static final String ROLES = "CENTRE_MAINTAINER, EDITOR";
    private static final String DECIDERS = "REVIEWER, EDITOR";
    private static final String ANYONE = "CENTRE_MAINTAINER, REVIEWER, EDITOR";
    private static final String NOTE = "Optional `{\"note\": \"…\"}` for the reviewer (at most 2000 characters)";
    private static final String REQUEST = "A review request: `id`, `status` (open, approved, rejected, withdrawn), "
            + "`kind` (create, change, close), `location`, `path`, `organisation`, `version` (the submitted ETag), "
            + "`submittedBy`, `submittedAt`, `note`, `decidedBy`, `decidedAt`, `decisionNote`";

    private ReviewApiPaths() {
    }

    static Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(BASE + "/locations/{id}/submit", new PathItem().post(submit("submitLocation", "Submit a location",
                "Submits the location's working copy as read (`If-Match`) for review; stamps `lastReviewed` and "
                        + "`reviewBy`. A never published location is a new one (`create`). Submitting again while a "
                        + "request is open renews it. Where the organisation's `approvalRequired` is `false`, the "
                        + "submission is published at once (`status` approved).")));
        paths.put(BASE + "/locations/{id}/close", new PathItem().post(submit("closeLocation", "Submit a closing",
                "Asks to take the published location off the public side; on approval it is unpublished.")));
        paths.put(BASE + "/locations/{id}/confirm", new PathItem().post(confirm()));
        paths.put(BASE + "/requests", new PathItem().get(list()));
        paths.put(BASE + "/requests/{id}", new PathItem().get(read()));
        paths.put(BASE + "/requests/{id}/approve", new PathItem().post(approve()));
        paths.put(BASE + "/requests/{id}/reject", new PathItem().post(decide("rejectReviewRequest", "Reject a request",
                DECIDERS, "Rejects with a note for the submitter, who gets it by mail; nothing is published. Body "
                        + "`{\"note\": \"…\"}` (required, at most 2000 characters). Not one's own submission.", true)));
        paths.put(BASE + "/requests/{id}/withdraw", new PathItem().post(decide("withdrawReviewRequest",
                "Withdraw a request", ROLES, "Only the submitter withdraws an open request; the working copy stays.",
                false)));
        paths.put(BASE + "/overdue", new PathItem().get(overdue()));
        return paths;
    }

    private static Operation submit(String id, String summary, String description) {
        Operation operation = conditional(managed(TAG, id, ROLES, summary, description))
                .addParametersItem(pathParam("id", "Identifier (UUID) of the location").schema(string(null).format("uuid")))
                .requestBody(body(JSON, object(NOTE), false, NOTE));
        operation.getResponses()
                .addApiResponse("201", withHeader(withHeader(ok(JSON, object(REQUEST), "The request"), "Location",
                        "The request in this API"), "ETag", "The submitted version, for approving"))
                .addApiResponse("400", invalidInput("`id` is not a UUID, or `note` is too long or not text"))
                .addApiResponse("404", notFound("No such location, or one of another organisation"))
                .addApiResponse("409", conflict("Nothing changed since publication (confirm instead), or closing a "
                        + "location that is not published"));
        return authErrors(operation);
    }

    private static Operation confirm() {
        Operation operation = conditional(managed(TAG, "confirmLocation", ROLES, "Confirm a location's data",
                "\"Daten bestätigen\": the published data is still right. Sets `lastReviewed` to today and `reviewBy` "
                        + "one interval ahead (`sozial.review.interval`) and publishes that at once, without review.")
                .addParametersItem(pathParam("id", "Identifier (UUID) of the location").schema(string(null).format("uuid"))));
        operation.getResponses()
                .addApiResponse("200", withEtag(ok(JSON, object("`id`, `path`, `lastReviewed`, `reviewBy`"),
                        "Confirmed and published")))
                .addApiResponse("400", invalidInput("`id` is not a UUID"))
                .addApiResponse("404", notFound("No such location, or one of another organisation"))
                .addApiResponse("409", conflict("The location has unpublished changes: submit them instead"));
        return authErrors(operation);
    }

    private static Operation list() {
        Operation operation = managed(TAG, "listReviewRequests", ANYONE, "List review requests",
                "Open requests oldest first (the queue), other states newest first. Reviewers and editors see all; "
                        + "centre maintainers their organisations'.")
                .addParametersItem(query("status", withDefault(enumOf("Which requests", "open", "approved",
                        "rejected", "withdrawn", "all"), "open"), "Which requests"))
                .addParametersItem(query("mine", withDefault(type("boolean"), false), "Only the caller's own submissions"))
                .addParametersItem(query("limit", range(integer(null), 1, 500L, 50L), "Page size"))
                .addParametersItem(query("offset", range(integer(null), 0, null, 0L), "Results to skip"));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, object("`results` (requests with `locationName`, `organisationName`, "
                        + "`changedSinceSubmission`), `limit`, `offset`"), "The requests"))
                .addApiResponse("400", invalidInput("`status`, `limit` or `offset` out of range"));
        return authErrors(operation);
    }

    private static Operation read() {
        Operation operation = managed(TAG, "readReviewRequest", ANYONE, "Read a request with its comparison",
                "The request and `changes`: per changed property its `published` and `submitted` value as text.")
                .addParametersItem(pathParam("id", "Number of the request").schema(integer(null)));
        operation.getResponses()
                .addApiResponse("200", withEtag(ok(JSON, object(REQUEST + ", `changes`"), "The request")))
                .addApiResponse("400", invalidInput("`id` is not a number"))
                .addApiResponse("404", notFound("No such request, or one of another organisation"));
        return authErrors(operation);
    }

    private static Operation approve() {
        Operation operation = conditional(managed(TAG, "approveReviewRequest", DECIDERS, "Approve a request",
                "Publishes exactly the submitted state (a closing: unpublishes). `If-Match` carries the request's "
                        + "ETag as read. Not one's own submission (four eyes). The submitter gets a mail.")
                .addParametersItem(pathParam("id", "Number of the request").schema(integer(null))));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, object(REQUEST), "Approved"))
                .addApiResponse("400", invalidInput("`id` is not a number"))
                .addApiResponse("404", notFound("No such request, or one of another organisation"))
                .addApiResponse("409", conflict("Decided already, renewed since it was read, or the location changed "
                        + "after submission"));
        return authErrors(operation);
    }

    private static Operation decide(String id, String summary, String roles, String description, boolean note) {
        Operation operation = managed(TAG, id, roles, summary, description)
                .addParametersItem(pathParam("id", "Number of the request").schema(integer(null)));
        if (note) {
            operation.requestBody(body(JSON, object("`{\"note\": \"…\"}`"), true, "The reviewer's note"));
        }
        operation.getResponses()
                .addApiResponse("200", ok(JSON, object(REQUEST), "Done"))
                .addApiResponse("400", invalidInput(note ? "`note` is missing, blank or too long" : "`id` is not a number"))
                .addApiResponse("404", notFound("No such request, or one of another organisation"))
                .addApiResponse("409", conflict("The request is no longer open"));
        return authErrors(operation);
    }

    private static Operation overdue() {
        Operation operation = managed(TAG, "listOverdueContent", ANYONE, "List overdue content",
                "Published locations and information pages past their review-by date (`reviewBy`, else "
                        + "`lastReviewed` or creation plus `sozial.review.interval`); centre maintainers see their "
                        + "organisations' locations.");
        operation.getResponses().addApiResponse("200", ok(JSON, object("`results`: `id`, `workspace`, `path`, `type`, "
                + "`title`, `lastReviewed`, `dueDate`"), "Overdue content, longest overdue first"));
        return authErrors(operation);
    }
}
