package de.sozialplattform.search.solr;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health contributor "search": up while the live index answers queries. Meant for the readiness group, so a
 * replica whose Solr is unreachable gets no search traffic but is not restarted (liveness stays up).
 */
final class SearchHealthIndicator implements HealthIndicator {

    private final SearchIndex index;

    SearchHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        return index.ready() ? Health.up().build() : Health.down().build();
    }
}
