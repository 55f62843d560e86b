package de.sozialplattform.cms.accounts;

import java.time.Instant;

/** An invitation to become a maintainer of an organisation; {@code acceptedAt}/{@code cancelledAt} end it. */
record Invitation(String id, String organisationId, String email, String language, String invitedBy,
        Instant createdAt, Instant expiresAt, Instant acceptedAt, String acceptedBy, Instant cancelledAt) {

    /** Whether the link still works at {@code now}. */
    boolean open(Instant now) {
        return acceptedAt == null && cancelledAt == null && now.isBefore(expiresAt);
    }
}
