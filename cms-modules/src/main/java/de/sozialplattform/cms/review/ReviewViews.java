package de.sozialplattform.cms.review;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishedContent;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Review requests as the API and the pages show them: lists filtered by who asks, and one request with its diff. */
@Component
@Transactional(readOnly = true)
class ReviewViews {

    static final int MAX_LIMIT = 500;

    private final ReviewStore store;
    private final ReviewService service;
    private final Locations locations;
    private final PublishedContent published;
    private final ContentAccess access;
    private final LightModules lightModules;

    ReviewViews(ReviewStore store, ReviewService service, Locations locations, PublishedContent published,
            ContentAccess access, LightModules lightModules) {
        this.store = store;
        this.service = service;
        this.locations = locations;
        this.published = published;
        this.access = access;
        this.lightModules = lightModules;
    }

    /**
     * Requests in {@code status} ({@code null}: any): staff see all, maintainers their organisations'; with
     * {@code mine} only the caller's own submissions.
     */
    List<Summary> list(Caller caller, ReviewStatus status, boolean mine, int limit, int offset) {
        access.check(caller, ContentAction.READ, Locations.WORKSPACE, null);
        var organisations = caller.isMaintainerOnly() ? caller.organisations() : null;
        return store.list(status, organisations, mine ? caller.username() : null, limit, offset).stream()
                .map(this::summary).toList();
    }

    /** One request the caller may see, with the comparison published ↔ submitted. */
    Detail detail(Caller caller, long id) {
        ReviewRequest request = service.visible(caller, id, ContentAction.READ);
        Map<String, Object> before = published.byId(request.nodeId()).map(p -> p.properties()).orElse(Map.of());
        Map<String, Object> after = request.kind() == ReviewKind.CLOSE ? before : request.properties();
        List<PropertyDiff.Change> changes = PropertyDiff.changes(before, after, propertyOrder());
        boolean mayDecide = request.open() && !request.submittedBy().equals(caller.username())
                && (caller.isEditor() || caller.isReviewer());
        boolean mayWithdraw = request.open() && request.submittedBy().equals(caller.username());
        return new Detail(summary(request), changes, mayDecide, mayWithdraw);
    }

    private Summary summary(ReviewRequest request) {
        Optional<Node> node = locations.find(request.nodeId());
        boolean changedSince = request.open() && node.map(n -> n.lockVersion() != request.lockVersion()).orElse(true);
        return new Summary(request, Locations.name(request.properties(), request.path()),
                locations.organisationName(request.organisationId()), changedSince);
    }

    private List<String> propertyOrder() {
        return lightModules.contentTypeOf(Locations.WORKSPACE, Locations.LOCATION).map(ContentType::properties)
                .orElse(List.of()).stream().map(PropertyDefinition::name).toList();
    }

    /**
     * A request in a list.
     *
     * @param changedSinceSubmission the working copy changed after submission (or the location is gone): it cannot
     *        be approved until it is submitted again
     */
    record Summary(ReviewRequest request, String locationName, String organisationName,
            boolean changedSinceSubmission) {

        long id() {
            return request.id();
        }

        Instant submittedAt() {
            return request.submittedAt();
        }
    }

    /** A request with what it would change, and what the caller may do with it. */
    record Detail(Summary summary, List<PropertyDiff.Change> changes, boolean mayDecide, boolean mayWithdraw) {
    }
}
