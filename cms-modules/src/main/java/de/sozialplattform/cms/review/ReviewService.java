package de.sozialplattform.cms.review;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodeStatus;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.cms.problem.ConflictException;
import de.sozialplattform.cms.problem.ForbiddenException;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.cms.problem.PreconditionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submit, renew, withdraw, approve, reject and confirm. Each method is one transaction: the content change, the
 * request's new state, the audit entries and the mails commit together or not at all.
 */
@Service
@Transactional
class ReviewService {

    /** Review-by dates are calendar days where the platform's users live. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int MAX_NOTE = 2000;

    private final Locations locations;
    private final ReviewStore store;
    private final ContentService content;
    private final ContentAccess access;
    private final AuditLog audit;
    private final ReviewNotices notices;
    private final ReviewProperties properties;
    private final Clock clock;

    ReviewService(Locations locations, ReviewStore store, ContentService content, ContentAccess access, AuditLog audit,
            ReviewNotices notices, ReviewProperties properties, Clock clock) {
        this.locations = locations;
        this.store = store;
        this.content = content;
        this.access = access;
        this.audit = audit;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Submits the location's working copy as the caller last read it ({@code expectedLock}), or with
     * {@code close} its closing. Submitting stamps {@code lastReviewed} and {@code reviewBy} into the working copy:
     * whoever submits vouches for the data as of today, and the reviewer sees the new dates in the comparison. An
     * open request of the node is renewed (pinned to the new state), never duplicated. Where the organisation needs
     * no approval, the submission is applied at once.
     */
    ReviewRequest submit(Caller caller, NodeId id, long expectedLock, boolean close, String note) {
        Node node = locations.require(id);
        access.check(caller, ContentAction.SUBMIT, node.workspace(), node);
        checkNote(note, false);
        requireLock(node, expectedLock);
        ReviewKind kind = kind(node, close);
        Node submitted = kind == ReviewKind.CLOSE ? node : content.update(node.workspace(), node.path(),
                node.lockVersion(), reviewDates(), caller.username());
        String organisation = Locations.organisationOf(submitted);
        Instant now = clock.instant();
        ReviewRequest request = store.openFor(id).map(open -> {
            if (!store.renew(open.id(), kind, submitted.path(), submitted.lockVersion(), submitted.properties(),
                    caller.username(), now, blankToNull(note))) {
                throw new ConflictException("The open request was decided meanwhile; submit again.");
            }
            audit.record(caller.username(), "review-renew", submitted.workspace(), id.toString(), submitted.path(),
                    "request " + open.id() + " now pins version " + submitted.lockVersion());
            return open.id();
        }).or(() -> java.util.Optional.of(insert(caller, submitted, organisation, kind, now, note)))
                .flatMap(store::byId).orElseThrow();
        if (!locations.approvalRequired(organisation)) {
            return applyWithoutApproval(caller, request, submitted);
        }
        notices.submitted(request, Locations.name(submitted.properties(), submitted.name()),
                locations.organisationName(organisation));
        return request;
    }

    private long insert(Caller caller, Node node, String organisation, ReviewKind kind, Instant now, String note) {
        long requestId = store.insert(node.id(), organisation, node.path(), kind, node.lockVersion(), node.properties(),
                caller.username(), now, blankToNull(note));
        audit.record(caller.username(), "review-submit", node.workspace(), node.id().toString(), node.path(),
                "request " + requestId + " (" + kind.label() + ", version " + node.lockVersion() + ")");
        return requestId;
    }

    private ReviewRequest applyWithoutApproval(Caller caller, ReviewRequest request, Node node) {
        apply(request, node, caller.username());
        decide(request, ReviewStatus.APPROVED, caller.username(), null);
        audit.record(caller.username(), "review-approve", node.workspace(), node.id().toString(), node.path(),
                "request " + request.id() + ": the organisation needs no approval");
        return store.byId(request.id()).orElseThrow();
    }

    /** Withdraws an open request; only its submitter may. The working copy stays as it is. */
    ReviewRequest withdraw(Caller caller, long requestId) {
        ReviewRequest request = visible(caller, requestId, ContentAction.SUBMIT);
        if (!request.submittedBy().equals(caller.username())) {
            throw new ForbiddenException("Only the submitter (" + request.submittedBy() + ") can withdraw a request.");
        }
        requireOpen(request);
        decide(request, ReviewStatus.WITHDRAWN, caller.username(), null);
        audit.record(caller.username(), "review-withdraw", Locations.WORKSPACE, request.nodeId().toString(),
                request.path(), "request " + request.id());
        return store.byId(requestId).orElseThrow();
    }

    /**
     * Publishes (or for a closing unpublishes) exactly the submitted state. {@code seenLock} is the version the
     * reviewer looked at (the request's ETag): when the request was renewed since, or the working copy changed after
     * submission, nothing happens and the answer is 409.
     */
    ReviewRequest approve(Caller caller, long requestId, long seenLock) {
        ReviewRequest request = decidable(caller, requestId);
        if (seenLock != request.lockVersion()) {
            throw new ConflictException("The request was submitted again after you looked at it; look at the new"
                    + " state before you approve it.", Map.of("version", request.lockVersion()));
        }
        Node node = locations.find(request.nodeId()).orElseThrow(() ->
                new ConflictException("The location no longer exists; reject the request."));
        if (node.lockVersion() != request.lockVersion()) {
            throw new ConflictException("The location was changed after it was submitted; it must be submitted again"
                    + " before it can be approved.", Map.of("submittedVersion", request.lockVersion(),
                    "currentVersion", node.lockVersion()));
        }
        apply(request, node, caller.username());
        decide(request, ReviewStatus.APPROVED, caller.username(), null);
        audit.record(caller.username(), "review-approve", node.workspace(), node.id().toString(), node.path(),
                "request " + request.id() + " of " + request.submittedBy());
        notices.approved(request, Locations.name(request.properties(), node.name()));
        return store.byId(requestId).orElseThrow();
    }

    /** Rejects with a note for the submitter (required); nothing is published, the working copy stays. */
    ReviewRequest reject(Caller caller, long requestId, String note) {
        checkNote(note, true);
        ReviewRequest request = decidable(caller, requestId);
        decide(request, ReviewStatus.REJECTED, caller.username(), note.strip());
        audit.record(caller.username(), "review-reject", Locations.WORKSPACE, request.nodeId().toString(),
                request.path(), "request " + request.id() + " of " + request.submittedBy());
        notices.rejected(request, Locations.name(request.properties(), request.path()), note.strip());
        return store.byId(requestId).orElseThrow();
    }

    /**
     * "Daten bestätigen": the published data is still right. Sets {@code lastReviewed} to today and
     * {@code reviewBy} one interval ahead and publishes that at once, without review: citizens see the same content
     * with a new date, which is what the maintainer vouches for. A location with unpublished changes is submitted
     * instead (409), so no change goes live unreviewed.
     */
    Node confirm(Caller caller, NodeId id, long expectedLock) {
        Node node = locations.require(id);
        access.check(caller, ContentAction.CONFIRM, node.workspace(), node);
        requireLock(node, expectedLock);
        if (node.status() != NodeStatus.PUBLISHED) {
            throw new ConflictException(node.published()
                    ? "The location has changes that are not published yet; submit them for review instead."
                    : "The location is not published; submit it for review instead.",
                    Map.of("status", node.status().label()));
        }
        Node dated = content.update(node.workspace(), node.path(), node.lockVersion(), reviewDates(), caller.username());
        Node published = content.publish(dated.workspace(), dated.path(), dated.lockVersion(), PublishRequest.now(),
                caller.username());
        audit.record(caller.username(), "review-confirm", node.workspace(), id.toString(), node.path(),
                "data confirmed unchanged; due again " + reviewDates().get(Locations.REVIEW_BY));
        return published;
    }

    /** A request the caller may see: maintainers only their organisations' (404 otherwise). */
    ReviewRequest visible(Caller caller, long requestId, ContentAction action) {
        ReviewRequest request = store.byId(requestId).orElseThrow(() -> new NotFoundException("review request " + requestId));
        var node = locations.find(request.nodeId());
        if (node.isPresent()) {
            access.check(caller, action, Locations.WORKSPACE, node.get());
        } else {
            access.check(caller, ContentAction.READ, Locations.WORKSPACE, null);
            if (caller.isMaintainerOnly() && !caller.organisations().contains(request.organisationId())) {
                throw new NotFoundException("review request " + requestId);
            }
        }
        return request;
    }

    /** Deciding is publishing: reviewers and editors; never one's own submission (Vier-Augen-Prinzip). */
    private ReviewRequest decidable(Caller caller, long requestId) {
        ReviewRequest request = store.byId(requestId).orElseThrow(() -> new NotFoundException("review request " + requestId));
        access.check(caller, ContentAction.PUBLISH, Locations.WORKSPACE, locations.find(request.nodeId()).orElse(null));
        if (request.submittedBy().equals(caller.username())) {
            throw new ForbiddenException("Four eyes: a request must be decided by someone other than its submitter.");
        }
        requireOpen(request);
        return request;
    }

    private void apply(ReviewRequest request, Node node, String actor) {
        try {
            if (request.kind() == ReviewKind.CLOSE) {
                content.unpublish(node.workspace(), node.path(), node.lockVersion(), actor);
            } else {
                content.publish(node.workspace(), node.path(), node.lockVersion(), PublishRequest.now(), actor);
            }
        } catch (PreconditionException e) {
            throw new ConflictException("The location was changed a moment ago; look at it again.");
        }
    }

    private void decide(ReviewRequest request, ReviewStatus status, String by, String note) {
        if (!store.decide(request.id(), request.lockVersion(), status, by, clock.instant(), note)) {
            throw new ConflictException("The request was decided, withdrawn or submitted again meanwhile.");
        }
    }

    private static void requireOpen(ReviewRequest request) {
        if (!request.open()) {
            throw new ConflictException("The request is already " + request.status().label() + ".",
                    Map.of("status", request.status().label()));
        }
    }

    private static ReviewKind kind(Node node, boolean close) {
        if (close) {
            if (!node.published()) {
                throw new ConflictException("Only a published location can be closed.", Map.of("status", node.status().label()));
            }
            return ReviewKind.CLOSE;
        }
        if (node.status() == NodeStatus.PUBLISHED) {
            throw new ConflictException("Nothing to submit: the location is published as it is. Confirm its data instead.",
                    Map.of("status", node.status().label()));
        }
        return node.published() ? ReviewKind.CHANGE : ReviewKind.CREATE;
    }

    private static void requireLock(Node node, long expectedLock) {
        if (node.lockVersion() != expectedLock) {
            throw PreconditionException.failed(node.etag());
        }
    }

    private Map<String, Object> reviewDates() {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return Map.of(Locations.LAST_REVIEWED, today.toString(),
                Locations.REVIEW_BY, today.plus(properties.interval()).toString());
    }

    static void checkNote(String note, boolean required) {
        if (note == null || note.isBlank()) {
            if (required) {
                throw InvalidInputException.of("note", "is required: tell the submitter what to change");
            }
            return;
        }
        if (note.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "must not be longer than " + MAX_NOTE + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
