package de.sozialplattform.cms.feedback;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.PublishedContent;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.cms.problem.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citizens report outdated data of a published location; editors list and close the reports, reviewers list them,
 * centre maintainers list and close those about their own locations. The report text is
 * stored as plain text and never rendered as HTML by the API.
 */
@RestController
class FeedbackController {

    static final String WORKSPACE = "adviceCentres";
    static final String NODE_TYPE = "location";
    private static final int MAX_MESSAGE = 2000;
    private static final int MAX_CONTACT = 200;

    private final PublishedContent content;
    private final FeedbackStore store;
    private final FeedbackRateLimiter limiter;
    private final FeedbackProperties limits;
    private final ContentReader reader;
    private final ContentAccess access;

    FeedbackController(PublishedContent content, FeedbackStore store, FeedbackRateLimiter limiter,
            FeedbackProperties limits, ContentReader reader, ContentAccess access) {
        this.content = content;
        this.store = store;
        this.limiter = limiter;
        this.limits = limits;
        this.reader = reader;
        this.access = access;
    }

    @PostMapping("/api/v1/advice-centres/{id}/feedback")
    ResponseEntity<Map<String, String>> report(@PathVariable String id, @RequestBody(required = false) FeedbackForm form,
            HttpServletRequest request) {
        NodeId location = publishedLocation(id);
        String message = text("text", form == null ? null : form.text(), MAX_MESSAGE, true);
        String contact = text("contact", form == null ? null : form.contact(), MAX_CONTACT, false);
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            throw new TooManyRequestsException("Too many reports from here; please try again later.",
                    limits.window().toSeconds());
        }
        store.add(location.toString(), message, contact);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "received"));
    }

    @GetMapping("/.rest/feedback/v1")
    List<FeedbackStore.Feedback> list(@RequestParam(defaultValue = "open") String status,
            @RequestParam(defaultValue = "100") int limit, Caller caller) {
        access.check(caller, ContentAction.FEEDBACK_READ, WORKSPACE, null);
        if (!status.equals("open") && !status.equals("closed")) {
            throw InvalidInputException.of("status", "must be open or closed");
        }
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.of("limit", "must be between 1 and 500");
        }
        // A centre maintainer sees the reports about their own locations only.
        Set<String> locations = caller.isMaintainerOnly()
                ? access.ownNodes(caller).map(node -> node.id().toString()).collect(Collectors.toSet()) : null;
        return store.list(status.equals("open"), limit, locations);
    }

    @PostMapping("/.rest/feedback/v1/{id}@close")
    ResponseEntity<Void> close(@PathVariable long id, Caller caller) {
        NotFoundException none = new NotFoundException("open feedback " + id);
        Node location = store.location(id).flatMap(reader::find).orElseThrow(() -> {
            access.check(caller, ContentAction.FEEDBACK_CLOSE, WORKSPACE, null);
            return none;
        });
        try {
            access.check(caller, ContentAction.FEEDBACK_CLOSE, location.workspace(), location);
        } catch (NotFoundException foreign) {
            throw none;
        }
        if (!store.close(id, caller.username())) {
            throw none;
        }
        return ResponseEntity.noContent().build();
    }

    private NodeId publishedLocation(String id) {
        NodeId nodeId;
        try {
            nodeId = NodeId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("advice centre " + id.replaceAll("[^0-9A-Za-z-]", "?"));
        }
        return content.byId(nodeId)
                .filter(node -> node.workspace().equals(WORKSPACE) && node.nodeType().equals(NODE_TYPE))
                .map(node -> node.id())
                .orElseThrow(() -> new NotFoundException("published advice centre " + nodeId));
    }

    private static String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw InvalidInputException.of(field, "is required: describe what is outdated");
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw InvalidInputException.of(field, "must be at most " + max + " characters");
        }
        if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw InvalidInputException.of(field, "must not contain control characters");
        }
        return trimmed;
    }

    /** What a citizen sends. */
    record FeedbackForm(String text, String contact) {
    }
}
