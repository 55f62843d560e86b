package de.sozialplattform.cms.content;

import java.time.Instant;

/**
 * How to publish.
 *
 * @param includeSubnodes publish the whole subtree
 * @param publishAt publish then instead of now (scheduled publication), or {@code null}
 * @param expireAt unpublish automatically then, or {@code null}
 */
public record PublishRequest(boolean includeSubnodes, Instant publishAt, Instant expireAt) {

    public static PublishRequest now() {
        return new PublishRequest(false, null, null);
    }
}
