package de.sozialplattform.cms.review;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.PreconditionException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review API ({@code /.rest/review/v1}): submit, close and confirm locations; the queue, one request with its
 * comparison, approve, reject, withdraw; overdue content. Writes on a location take its ETag in {@code If-Match};
 * approving takes the request's ETag (the submitted version), so a reviewer approves only what they saw.
 */
@RestController
@RequestMapping(ReviewController.BASE)
class ReviewController {

    static final String BASE = "/.rest/review/v1";

    private final ReviewService service;
    private final ReviewViews views;
    private final OverdueContent overdue;

    ReviewController(ReviewService service, ReviewViews views, OverdueContent overdue) {
        this.service = service;
        this.views = views;
        this.overdue = overdue;
    }

    @PostMapping("/locations/{id}/submit")
    ResponseEntity<Map<String, Object>> submit(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return created(service.submit(caller, NodeId.parse(id, "id"), lock(ifMatch), false, note(body)));
    }

    @PostMapping("/locations/{id}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return created(service.submit(caller, NodeId.parse(id, "id"), lock(ifMatch), true, note(body)));
    }

    @PostMapping("/locations/{id}/confirm")
    ResponseEntity<Map<String, Object>> confirm(@PathVariable String id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        Node node = service.confirm(caller, NodeId.parse(id, "id"), lock(ifMatch));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", node.id().toString());
        answer.put("path", node.path());
        answer.put(Locations.LAST_REVIEWED, node.properties().get(Locations.LAST_REVIEWED));
        answer.put(Locations.REVIEW_BY, node.properties().get(Locations.REVIEW_BY));
        return ResponseEntity.ok().eTag(node.etag()).body(answer);
    }

    @GetMapping("/requests")
    Map<String, Object> list(@RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset, Caller caller) {
        if (limit < 1 || limit > ReviewViews.MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + ReviewViews.MAX_LIMIT);
        }
        if (offset < 0) {
            throw InvalidInputException.of("offset", "must not be negative");
        }
        List<Map<String, Object>> results = views.list(caller, ReviewStatus.parse(status, "status"), mine, limit, offset)
                .stream().map(ReviewController::summary).toList();
        return Map.of("results", results, "limit", limit, "offset", offset);
    }

    @GetMapping("/requests/{id}")
    ResponseEntity<Map<String, Object>> read(@PathVariable long id, Caller caller) {
        ReviewViews.Detail detail = views.detail(caller, id);
        Map<String, Object> answer = summary(detail.summary());
        answer.put("changes", detail.changes().stream().map(change -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("property", change.property());
            row.put("published", change.published());
            row.put("submitted", change.submitted());
            return row;
        }).toList());
        return ResponseEntity.ok().eTag(detail.summary().request().etag()).body(answer);
    }

    @PostMapping("/requests/{id}/approve")
    Map<String, Object> approve(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return decided(service.approve(caller, id, lock(ifMatch)));
    }

    @PostMapping("/requests/{id}/reject")
    Map<String, Object> reject(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body,
            Caller caller) {
        return decided(service.reject(caller, id, note(body)));
    }

    @PostMapping("/requests/{id}/withdraw")
    Map<String, Object> withdraw(@PathVariable long id, Caller caller) {
        return decided(service.withdraw(caller, id));
    }

    @GetMapping("/overdue")
    Map<String, Object> overdue(Caller caller) {
        List<Map<String, Object>> results = overdue.visibleTo(caller).stream().map(item -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", item.id().toString());
            row.put("workspace", item.workspace());
            row.put("path", item.path());
            row.put("type", item.nodeType());
            row.put("title", item.title());
            row.put(Locations.LAST_REVIEWED, item.lastReviewed() == null ? null : item.lastReviewed().toString());
            row.put("dueDate", item.dueDate().toString());
            return row;
        }).toList();
        return Map.of("results", results);
    }

    private ResponseEntity<Map<String, Object>> created(ReviewRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(BASE + "/requests/" + request.id()))
                .eTag(request.etag()).body(request(request));
    }

    private Map<String, Object> decided(ReviewRequest request) {
        return request(request);
    }

    private static Map<String, Object> summary(ReviewViews.Summary summary) {
        Map<String, Object> answer = request(summary.request());
        answer.put("locationName", summary.locationName());
        answer.put("organisationName", summary.organisationName());
        answer.put("changedSinceSubmission", summary.changedSinceSubmission());
        return answer;
    }

    private static Map<String, Object> request(ReviewRequest request) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", request.id());
        answer.put("status", request.status().label());
        answer.put("kind", request.kind().label());
        answer.put("location", request.nodeId().toString());
        answer.put("path", request.path());
        answer.put("organisation", request.organisationId());
        answer.put("version", request.lockVersion());
        answer.put("submittedBy", request.submittedBy());
        answer.put("submittedAt", request.submittedAt().toString());
        answer.put("note", request.submitterNote());
        answer.put("decidedBy", request.decidedBy());
        answer.put("decidedAt", request.decidedAt() == null ? null : request.decidedAt().toString());
        answer.put("decisionNote", request.decisionNote());
        return answer;
    }

    /** The {@code note} member of an optional body; any other member is a 400 naming it. */
    private static String note(Map<String, Object> body) {
        if (body == null) {
            return null;
        }
        body.keySet().stream().filter(key -> !"note".equals(key)).findFirst().ifPresent(key -> {
            throw InvalidInputException.of(key, "is not a member of this request (allowed: note)");
        });
        Object note = body.get("note");
        if (note != null && !(note instanceof String)) {
            throw InvalidInputException.of("note", "must be text");
        }
        return (String) note;
    }

    /** The version from {@code If-Match} (an ETag such as {@code "7"}); 428 without one. */
    static long lock(String header) {
        if (header == null || header.isBlank()) {
            throw PreconditionException.required();
        }
        String value = header.trim();
        value = (value.startsWith("W/") ? value.substring(2) : value).replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw PreconditionException.failed("unknown: '" + header + "' is not an ETag of this API");
        }
    }
}
