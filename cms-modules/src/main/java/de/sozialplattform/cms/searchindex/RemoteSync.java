package de.sozialplattform.cms.searchindex;

import de.sozialplattform.cms.problem.ConflictException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * With a remote Delivery API as source, nothing tells this process about changes: it rebuilds the index from it
 * right after start and then every {@code sozial.search.sync-interval}. Only a server does (not a jar command).
 */
@Component
class RemoteSync {

    private static final Logger log = LoggerFactory.getLogger(RemoteSync.class);

    private final SearchIndexProperties properties;
    private final SearchReindex reindex;
    private final TaskScheduler scheduler;
    private final Clock clock;

    RemoteSync(SearchIndexProperties properties, SearchReindex reindex, TaskScheduler scheduler, Clock clock) {
        this.properties = properties;
        this.reindex = reindex;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener
    void started(ApplicationReadyEvent event) {
        if (properties.remote() && event.getApplicationContext() instanceof WebApplicationContext) {
            log.info("The search index follows the Delivery API at {} every {}", properties.deliveryUrl().getHost(),
                    properties.syncInterval());
            scheduler.scheduleWithFixedDelay(this::sync, clock.instant(), properties.syncInterval());
        }
    }

    void sync() {
        try {
            ReindexResult result = reindex.reindex();
            log.info("Search index synchronised: {} locations in {} ms", result.indexed(), result.durationMs());
        } catch (ConflictException e) {
            log.info("Search index sync skipped: a reindex is running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the live index stays as it was; the next sync tries again
            log.warn("Search index sync failed, the index stays as it was: {}", e.getMessage());
        }
    }
}
