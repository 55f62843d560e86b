package de.sozialplattform.cms.audit;

import java.time.Instant;

/**
 * One recorded action.
 *
 * @param organisations the organisations a centre maintainer acted for, comma-separated; null for staff
 */
public record AuditEntry(long id, Instant at, String actor, String action, String workspace, String nodeId,
        String path, String detail, String organisations) {
}
