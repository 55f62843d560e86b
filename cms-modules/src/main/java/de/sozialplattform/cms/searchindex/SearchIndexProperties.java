package de.sozialplattform.cms.searchindex;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feeding the advice-centre index.
 *
 * @param deliveryUrl base URL of a remote (Magnolia) Delivery API, e.g. {@code https://magnolia.example/.rest/delivery};
 *     empty: the locations of this CMS, kept current through the outbox
 * @param syncInterval with a remote source: how often the whole index is rebuilt from it
 * @param commitWithin how soon an indexed change becomes visible to searches
 * @param batchSize documents per update request of a reindex
 * @param timeout connect and answer timeout of requests to the remote Delivery API
 * @param replayMargin how far before its start a reindex replays outbox events, for changes committed while it
 *     began (an event's time is taken inside its transaction, before the commit)
 */
@ConfigurationProperties("sozial.search")
record SearchIndexProperties(
        URI deliveryUrl,
        @DefaultValue("15m") Duration syncInterval,
        @DefaultValue("1s") Duration commitWithin,
        @DefaultValue("500") int batchSize,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10s") Duration replayMargin) {

    SearchIndexProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("sozial.search.batch-size must be at least 1");
        }
    }

    boolean remote() {
        return deliveryUrl != null && !deliveryUrl.toString().isBlank();
    }
}
