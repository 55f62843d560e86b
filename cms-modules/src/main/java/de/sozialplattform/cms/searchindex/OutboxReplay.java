package de.sozialplattform.cms.searchindex;

import de.sozialplattform.cms.support.SqlTime;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indexer's events recorded since a moment, delivered or not, from the outbox table: what a reindex replays into
 * the index it switched to, because the indexer wrote them into the one it replaced.
 */
@Component
class OutboxReplay {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxReplay(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Distinct events (node and type) of the indexer recorded at or after {@code since}. */
    Set<ContentEvent> since(Instant since) {
        Set<ContentEvent> events = new LinkedHashSet<>();
        jdbc.sql("SELECT payload FROM outbox_event WHERE consumer = :consumer AND created_at >= :since ORDER BY id")
                .param("consumer", SearchIndexer.NAME)
                .param("since", SqlTime.of(since))
                .query(String.class)
                .list()
                .forEach(payload -> events.add(ContentEvent.parse(json, payload)));
        return events;
    }
}
