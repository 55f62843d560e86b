package de.sozialplattform.search.solr;

import static de.sozialplattform.search.solr.SolrFixtures.ids;
import static de.sozialplattform.search.solr.SolrFixtures.indexAndCommit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import de.sozialplattform.search.centres.SolrFields;
import de.sozialplattform.search.solr.SolrTestDocuments.City;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.SolrCore;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.util.RefCounted;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded mode and the configset's analysis: German text, synonyms, fuzzy names, geo search. */
class EmbeddedSolrIndexIT {

    private static final City DUESSELDORF = SolrTestDocuments.CITIES.get(0);
    private static final City KOELN = SolrTestDocuments.CITIES.get(1);
    private static final City ESSEN = SolrTestDocuments.CITIES.get(2);
    private static final City DUISBURG = SolrTestDocuments.CITIES.get(3);
    private static final City EMMERICH = SolrTestDocuments.CITIES.get(4);
    private static final City BERLIN = SolrTestDocuments.CITIES.get(5);

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void start() throws Exception {
        index = SolrFixtures.embedded(dir.resolve("solr"));
        indexAndCommit(index.client(), List.of(
                SolrTestDocuments.centre("gambling", "Fachstelle Sucht Emmerich", "Beratung bei Spielsucht")
                        .at(EMMERICH).build(),
                SolrTestDocuments.centre("rent", "Schuldnerberatung der Diakonie", "Hilfe bei Mietschulden")
                        .at(ESSEN).build(),
                SolrTestDocuments.centre("homeless", "Tagesaufenthalt am Bahnhof", "Wohnungsnothilfe und Beratung")
                        .at(KOELN).build(),
                SolrTestDocuments.centre("eating", "Frauenberatung", "Gruppen zu Magersucht").type("suchtberatung")
                        .topics(List.of("essstoerungen")).at(DUISBURG).build(),
                SolrTestDocuments.centre("psb", "PSB und Begutachtung des Gesundheitsamtes Düsseldorf",
                        "Psychosoziale Beratung").at(DUESSELDORF).build(),
                SolrTestDocuments.centre("mueller", "Beratungsstelle Müller-Straße", "Familienberatung")
                        .at(BERLIN).build(),
                SolrTestDocuments.centre("online", "Sucht-Hotline", "Telefonberatung bundesweit").build()));
    }

    @AfterAll
    static void stop() {
        index.close();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "Glücksspiel | gambling", "Gluecksspiel | gambling", "zocken | gambling", "Spielsucht | gambling",
            "Miete nicht zahlen | rent", "Mietrückstand | rent", "Schulden | rent",
            "obdachlos | homeless", "auf der Straße | homeless",
            "Essstörungen | eating", "Bulimie | eating", "essstoerungen | eating",
            "Gesundheitsamt | psb", "BERATUNGSSTELLE MUELLER | mueller"})
    void germanAnalysisAndSynonyms(String q, String expected) throws Exception {
        List<String> found = ids(index.client().query(new SolrQuery(q).setFields("id").set("q.op", "AND")));
        assertThat(found).contains(expected);
        assertThat(found).as("no unrelated hits for %s", q).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void fuzzyNamesTolerateTyposAndUmlautSpellings() throws Exception {
        SolrQuery query = new SolrQuery("name_fold:duesseldorff~1").setFields("id");
        query.set("defType", "lucene");
        assertThat(ids(index.client().query(query))).containsExactly("psb");
        query.setQuery("name_fold:muller AND name_fold:strase~1");
        assertThat(ids(index.client().query(query))).containsExactly("mueller");
    }

    @Test
    void userTextCannotQueryFields() throws Exception {
        // uf=-* in the /select defaults: "id:gambling" is plain text, matching nothing
        assertThat(index.client().query(new SolrQuery("id:gambling").set("q.op", "AND")).getResults()).isEmpty();
    }

    @Test
    void radiusFilterAndDistanceSort() throws Exception {
        SolrQuery query = new SolrQuery().setFields("id", "dist:geodist()")
                .addFilterQuery("{!geofilt}")
                .setSort("geodist()", SolrQuery.ORDER.asc).addSort("id", SolrQuery.ORDER.asc);
        query.set("sfield", SolrFields.LOCATION);
        query.set("pt", DUESSELDORF.lat() + "," + DUESSELDORF.lon());
        query.set("d", 50);
        QueryResponse response = index.client().query(query);
        // Emmerich (~75 km), Berlin and the online offer (no location) are outside
        assertThat(ids(response)).containsExactly("psb", "eating", "rent", "homeless");
        List<Double> distances = response.getResults().stream()
                .map(doc -> ((Number) doc.getFieldValue("dist")).doubleValue()).toList();
        assertThat(distances).isSorted().allMatch(km -> km <= 50);
        assertThat(distances.get(3)).isCloseTo(haversineKm(DUESSELDORF, KOELN), offset(0.5));
    }

    @Test
    void updateLogIsOn() throws Exception {
        try (Stream<Path> files = Files.walk(dir.resolve("solr/cores"))) {
            assertThat(files.filter(file -> file.getParent().getFileName().toString().equals("tlog")))
                    .isNotEmpty();
        }
    }

    @Test
    void rebuildReplacesTheIndexWithoutEmptyMomentsAndSurvivesRestart(@TempDir Path own) throws Exception {
        Path home = own.resolve("solr");
        SearchIndex live = SolrFixtures.embedded(home);
        try {
            indexAndCommit(live.client(), List.of(doc("old-1"), doc("old-2")));
            try (Rebuild aborted = live.startRebuild()) {
                indexAndCommit(aborted.client(), List.of(doc("discarded")));
            }
            assertThat(coreDirectories(home)).as("an aborted rebuild leaves nothing behind").hasSize(1);

            // several readers, so searches are in flight at the moment of the swap
            try (ContinuousReader reader = ContinuousReader.start(live.client());
                    ContinuousReader second = ContinuousReader.start(live.client());
                    ContinuousReader third = ContinuousReader.start(live.client())) {
                reader.awaitQueries(20);
                try (Rebuild rebuild = live.startRebuild()) {
                    rebuild.client().add(List.of(doc("new-1"), doc("new-2"), doc("new-3")));
                    assertThat(allIds(live)).as("searches keep the live index").containsExactly("old-1", "old-2");
                    // A search in flight on the old core, releasing it as EmbeddedSolrServer does: the core before
                    // its searcher. Were the old core unloaded under it, closing would wait 30 s for that searcher.
                    SolrCore inFlight = ((EmbeddedSearchIndex) live).container().getCore(SolrFixtures.LIVE);
                    RefCounted<SolrIndexSearcher> searcher = inFlight.getSearcher();
                    CompletableFuture<Void> switching = CompletableFuture.runAsync(() -> switchOver(rebuild));
                    Thread.sleep(300);
                    assertThat(switching).isNotDone();
                    long released = System.nanoTime();
                    inFlight.close();
                    searcher.decref();
                    switching.get(20, TimeUnit.SECONDS);
                    assertThat(Duration.ofNanos(System.nanoTime() - released)).isLessThan(Duration.ofSeconds(5));
                }
                reader.awaitQueries(20);
                for (ContinuousReader r : List.of(reader, second, third)) {
                    assertThat(r.failures()).isEmpty();
                    assertThat(r.fewestHits()).isPositive();
                }
            }
            assertThat(allIds(live)).containsExactly("new-1", "new-2", "new-3");
            assertThat(coreDirectories(home)).as("the old core is deleted").hasSize(1);
        } finally {
            live.close();
        }

        SearchIndex restarted = SolrFixtures.embedded(home);
        try {
            assertThat(restarted.ready()).isTrue();
            assertThat(allIds(restarted)).as("the swapped core is live after a restart")
                    .containsExactly("new-1", "new-2", "new-3");
        } finally {
            restarted.close();
        }
    }

    static void switchOver(Rebuild rebuild) {
        try {
            rebuild.switchOver();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> allIds(SearchIndex index) throws Exception {
        return ids(index.client().query(new SolrQuery().setFields("id").setSort("id", SolrQuery.ORDER.asc)));
    }

    static List<Path> coreDirectories(Path home) throws Exception {
        try (Stream<Path> dirs = Files.list(home.resolve("cores"))) {
            return dirs.toList();
        }
    }

    static double haversineKm(City a, City b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0087714 * Math.asin(Math.sqrt(h));
    }

    static SolrInputDocument doc(String id) {
        return SolrTestDocuments.centre(id, "Beratungsstelle " + id, "Beratung").at(DUESSELDORF).build();
    }
}
