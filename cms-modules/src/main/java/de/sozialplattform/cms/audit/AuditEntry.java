package de.sozialplattform.cms.audit;

import java.time.Instant;

/** One recorded action. */
public record AuditEntry(long id, Instant at, String actor, String action, String workspace, String nodeId,
        String path, String detail) {
}
