package de.sozialplattform.cms.review;

import de.sozialplattform.cms.content.NodeId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One submission of a location for review.
 *
 * @param lockVersion the lock version (ETag) of the working copy at submission: approval publishes only that state
 * @param properties the submitted working copy's properties, as the reviewer compares them with the published ones
 * @param submitterNote what the submitter wrote to the reviewer, or {@code null}
 * @param decisionNote the reviewer's note (required for a rejection), or {@code null}
 */
record ReviewRequest(long id, NodeId nodeId, String organisationId, String path, ReviewKind kind, ReviewStatus status,
        long lockVersion, Map<String, Object> properties, String submittedBy, Instant submittedAt,
        String submitterNote, String decidedBy, Instant decidedAt, String decisionNote) {

    ReviewRequest {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    boolean open() {
        return status == ReviewStatus.OPEN;
    }

    String etag() {
        return "\"" + lockVersion + "\"";
    }
}
