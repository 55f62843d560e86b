package de.sozialplattform.cms.searchindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.sozialplattform.cms.outbox.OutboxMessage;
import de.sozialplattform.cms.support.SqlTime;
import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.SolrFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The indexer follows publishing through the outbox, into the real embedded Solr of the test context. */
class SearchIndexerIT extends SearchIndexContext {

    @Autowired
    SearchIndexer indexer;

    @Test
    void aPublishedLocationIsFoundFollowsEditsAndGoesWhenUnpublished() throws Exception {
        Organisation caritas = organisation("Caritasverband Düsseldorf");
        String id = location("komm-pass", caritas.id(), ",\"latitude\":51.2197,\"longitude\":6.7943,"
                + "\"description\":\"<p>Hilfe bei <strong>Drogen</strong></p>\",\"description_en\":\"<p>Help with drugs</p>\"");
        assertThat(indexed(id)).as("not published yet").isEmpty();

        publish(at("komm-pass"));
        AdviceCentre centre = centre(awaitIndexed(id, doc -> true));
        assertThat(centre.name()).isEqualTo("komm-pass");
        assertThat(centre.path()).isEqualTo(at("komm-pass"));
        assertThat(centre.organisation().name()).isEqualTo("Caritasverband Düsseldorf");
        assertThat(centre.location()).isEqualTo(new AdviceCentre.Point(51.2197, 6.7943, false));
        assertThat(centre.text("description", "en")).isEqualTo("<p>Help with drugs</p>");
        assertThat(index.client().query(query(SolrFields.TEXT_DE + ":drogen")
                .addFilterQuery("{!term f=id}" + id)).getResults().getNumFound()).as("free text").isEqualTo(1);

        update(at("komm-pass"), "{\"name\":\"komm-pass Oststraße\"}");
        assertThat(centre(indexed(id).orElseThrow()).name()).as("a draft is not public").isEqualTo("komm-pass");
        publish(at("komm-pass"));
        awaitIndexed(id, doc -> centre(doc).name().equals("komm-pass Oststraße"));

        unpublish(at("komm-pass"));
        awaitAbsent(id);
    }

    @Test
    void withoutCoordinatesThePointOfThePostalCodeIsTakenAndFlagged() {
        Organisation organisation = organisation("Gesundheitsamt Düsseldorf");
        String id = location("psb", organisation.id(), "");
        publish(at("psb"));

        AdviceCentre.Point point = centre(awaitIndexed(id, doc -> true)).location();
        assertThat(point.approximate()).isTrue();
        assertThat(point.lat()).isBetween(51.1, 51.3);
        assertThat(point.lon()).isBetween(6.7, 6.9);
    }

    @Test
    void theLocationsOfAnOrganisationFollowItsPublication() {
        Organisation diakonie = organisation("Diakonie Alt");
        String first = location("eins", diakonie.id(), "");
        String second = location("zwei", diakonie.id(), "");
        publish(at("eins"));
        publish(at("zwei"));
        awaitIndexed(first, doc -> true);
        awaitIndexed(second, doc -> true);

        update(diakonie.path(), "{\"name\":\"Diakonie Neu\"}");
        publish(diakonie.path());
        awaitIndexed(first, doc -> centre(doc).organisation().name().equals("Diakonie Neu"));
        awaitIndexed(second, doc -> centre(doc).organisation().name().equals("Diakonie Neu"));

        unpublish(diakonie.path());
        awaitAbsent(first);
        awaitAbsent(second);
        publish(diakonie.path());
        awaitIndexed(first, doc -> true);
        awaitIndexed(second, doc -> true);
    }

    @Test
    void aFolderMovedOutOfTheLocationsRootTakesItsLocationsOutOfTheIndexAndBack() {
        Organisation organisation = organisation("Suchthilfe e. V.");
        String id = location("umzug", organisation.id(), "");
        publish(at("umzug"));
        awaitIndexed(id, doc -> true);

        move("/standorte/" + folder, "/");
        awaitAbsent(id);
        move("/" + folder, "/standorte");
        awaitIndexed(id, doc -> centre(doc).path().equals(at("umzug")));
    }

    @Test
    void duplicateAndReorderedEventsChangeNothing() throws Exception {
        Organisation organisation = organisation("Drogenhilfe e. V.");
        String id = location("doppelt", organisation.id(), "");
        publish(at("doppelt"));
        awaitIndexed(id, doc -> true);
        update(at("doppelt"), "{\"name\":\"doppelt 2\"}");
        publish(at("doppelt"));
        awaitIndexed(id, doc -> centre(doc).name().equals("doppelt 2"));
        awaitIndexerIdle();
        List<OutboxMessage> events = events(id);
        String current = json(id);

        List<OutboxMessage> reordered = new ArrayList<>(events);
        Collections.reverse(reordered);
        for (OutboxMessage event : reordered) {
            indexer.handle(event);
        }
        indexer.handle(events.get(0));
        index.client().commit();
        assertThat(json(id)).as("the oldest event again, and all in reverse order").isEqualTo(current);

        unpublish(at("doppelt"));
        awaitAbsent(id);
        for (OutboxMessage event : events) {
            indexer.handle(event);
        }
        index.client().commit();
        assertThat(indexed(id)).as("old publish events do not bring an unpublished location back").isEmpty();
    }

    @Test
    void whileSolrIsDownEventsStayQueuedAndArriveAfterRecovery() throws Exception {
        Organisation organisation = organisation("Fachstelle Sucht");
        String before = location("vorher", organisation.id(), "");
        publish(at("vorher"));
        awaitIndexed(before, doc -> true);
        awaitIndexerIdle();

        String instanceDir = LiveCore.stop(index);
        String during;
        long event;
        try {
            during = location("waehrenddessen", organisation.id(), "");
            publish(at("waehrenddessen"));
            event = events(during).get(0).id();
            await().atMost(TIMEOUT).until(() -> outboxColumn(event, "last_error") != null);
            assertThat(outboxColumn(event, "status")).as("a failed delivery is not done").isNotEqualTo("DONE");
            assertThat(outboxColumn(event, "last_error")).contains("Solr");
        } finally {
            LiveCore.restart(index, instanceDir);
        }
        if ("DEAD".equals(outboxColumn(event, "status"))) {
            // the test's outbox gives up after 4 quick attempts; an administrator's retry brings it back
            assertThat(admin.post("/.rest/outbox/v1/events/" + event + "/retry", null, "").status()).isEqualTo(200);
        }
        awaitIndexed(during, doc -> true);
        await().atMost(TIMEOUT).until(() -> "DONE".equals(outboxColumn(event, "status")));
        assertThat(indexed(before)).as("nothing indexed before is lost").isPresent();
    }

    @Test
    void nothingFromOtherWorkspacesIsIndexed() throws Exception {
        Organisation organisation = organisation("Anderswo e. V.");
        String id = location("anderswo", organisation.id(), "");
        publish(at("anderswo"));
        awaitIndexed(id, doc -> true);
        unpublish(at("anderswo"));
        awaitAbsent(id);
        publish(at("anderswo"));
        awaitIndexed(id, doc -> true);
        awaitIndexerIdle();

        assertThat(indexer.apply(index.client(), List.of(new ContentEvent("pages", id, "location"),
                new ContentEvent("benefits", id, "organisation")))).isZero();
    }

    private void move(String path, String destination) {
        var moved = editor.post(NODES + path + "@move", editor.get(NODES + path).etag(),
                "{\"destination\":\"" + destination + "\"}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    private String json(String id) {
        return (String) indexed(id).orElseThrow().getFirstValue(SolrFields.DOC_JSON);
    }

    /** The indexer's outbox records about a node, oldest first, as the worker hands them over. */
    private List<OutboxMessage> events(String key) {
        return new ArrayList<>(jdbc.sql("""
                SELECT id, event_id, topic, event_key, payload, attempts, created_at FROM outbox_event
                WHERE consumer = :consumer AND event_key = :key ORDER BY id""")
                .param("consumer", SearchIndexer.NAME).param("key", key)
                .query((rs, n) -> new OutboxMessage(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                        rs.getString("event_key"), rs.getString("payload"), rs.getInt("attempts") + 1,
                        SqlTime.read(rs, "created_at")))
                .list());
    }

    private String outboxColumn(long id, String column) {
        return jdbc.sql("SELECT " + column + " FROM outbox_event WHERE id = :id").param("id", id)
                .query(String.class).list().get(0);
    }
}
