package de.sozialplattform.search.centres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

class AdviceCentreDocumentsTest {

    private static final Map<String, String> LABELS = Map.of(
            "type/suchtberatung/de", "Suchtberatung", "type/suchtberatung/en", "Addiction counselling",
            "topic/drogen/de", "Drogen", "topic/drogen/en", "Drugs",
            "topic/angehoerige/de", "Angehörige", "topic/angehoerige/en", "Relatives",
            "type/schuldnerberatung/de", "Schuldnerberatung", "type/schuldnerberatung/en", "Schuldnerberatung",
            "topic/p-konto/de", "Pfändungsschutzkonto");
    private final AdviceCentreMapper mapper = new AdviceCentreMapper(code -> Optional.empty());
    private final AdviceCentreDocuments documents = new AdviceCentreDocuments(
            (kind, id, lang) -> LABELS.get(kind + "/" + id + "/" + lang));

    @Test
    void everyFieldOfTheSchema() {
        AdviceCentre centre = mapper.map(Fixtures.location("komm-pass", "de", "en")).orElseThrow();
        SolrInputDocument doc = documents.toSolr(centre);

        assertThat(doc.getFieldValue(SolrFields.ID)).isEqualTo(centre.id());
        assertThat(doc.getFieldValue(SolrFields.NAME)).isEqualTo("Drogenberatungsstelle \"komm-pass\"");
        assertThat(doc.getFieldValue(SolrFields.NAME_FOLD)).isEqualTo("Drogenberatungsstelle \"komm-pass\"");
        assertThat(doc.getFieldValue(SolrFields.NAME_SORT)).isEqualTo("drogenberatungsstelle \"komm-pass\"");
        assertThat(doc.getFieldValue(SolrFields.ORGANISATION_ID)).isEqualTo("7d1e2a9c-90b3-4c0f-8d6f-2b1e7a3c4d55");
        assertThat(doc.getFieldValue(SolrFields.ORGANISATION_NAME)).isEqualTo("Landeshauptstadt Düsseldorf, Gesundheitsamt");
        assertThat(doc.getFieldValues(SolrFields.TYPE)).containsExactly("suchtberatung");
        assertThat(doc.getFieldValues(SolrFields.TOPIC)).containsExactly("drogen", "angehoerige");
        assertThat(doc.getFieldValues(SolrFields.TARGET_GROUP)).containsExactly("jugendliche", "junge-erwachsene");
        assertThat(doc.getFieldValues(SolrFields.LANGUAGE)).containsExactly("de", "tr", "ar");
        assertThat(doc.getFieldValues(SolrFields.ONLINE_CHANNEL)).containsExactly("chat", "email");
        assertThat(doc.getFieldValue(SolrFields.ONLINE)).isEqualTo(true);
        assertThat(doc.getFieldValue(SolrFields.ANONYMOUS)).isEqualTo(true);
        assertThat(doc.getFieldValue(SolrFields.ACCESSIBLE)).isEqualTo(true);
        assertThat(doc.getFieldValue(SolrFields.SIGN_LANGUAGE)).isEqualTo(false);
        assertThat(doc.getFieldValue(SolrFields.FREE)).isEqualTo(true);
        assertThat(doc.getFieldValue(SolrFields.NATIONWIDE)).isEqualTo(false);
        assertThat(doc.getFieldValue(SolrFields.POSTAL_CODE)).isEqualTo("40210");
        assertThat(doc.getFieldValue(SolrFields.LOCATION)).isEqualTo("51.2197,6.7943");
        assertThat(doc.getFieldValue(SolrFields.MODIFIED_AT)).isEqualTo(Date.from(Instant.parse("2026-11-28T10:00:00Z")));
        assertThat(AdviceCentreDocuments.fromJson((String) doc.getFieldValue(SolrFields.DOC_JSON))).isEqualTo(centre);
    }

    @Test
    void germanFreeTextHasPlainTextIdsAndLabels() {
        AdviceCentre centre = mapper.map(Fixtures.location("komm-pass", "de", "en")).orElseThrow();
        String german = (String) documents.toSolr(centre).getFieldValue(SolrFields.TEXT_DE);

        assertThat(german).contains("Drogenberatungsstelle \"komm-pass\"", "Landeshauptstadt Düsseldorf, Gesundheitsamt",
                "Beratung für junge Menschen mit Drogenproblemen und ihre Angehörigen.", "Vertraulich & kostenlos.",
                "Termine nach Vereinbarung", "U-Bahn Oststraße", "Düsseldorf", "suchtberatung", "Suchtberatung",
                "drogen", "Drogen", "angehoerige", "Angehörige");
        assertThat(german).doesNotContain("<", "&uuml;", "&amp;", "\u00a0", "Counselling", "Addiction");
    }

    @Test
    void englishFreeTextHasOnlyEnglish() {
        AdviceCentre centre = mapper.map(Fixtures.location("komm-pass", "de", "en")).orElseThrow();
        String english = (String) documents.toSolr(centre).getFieldValue(SolrFields.TEXT_EN);

        assertThat(english).contains("Counselling for young people with drug problems and their families.",
                "Underground Oststraße", "Addiction counselling", "Drugs", "Relatives");
        assertThat(english).doesNotContain("Termine nach Vereinbarung", "<em>", "Beratung");
    }

    @Test
    void onlineOnlyOffersAreNationwideOnlineAndHaveNoPoint() {
        SolrInputDocument doc = documents.toSolr(mapper.map(Fixtures.location("online-only", "de")).orElseThrow());

        assertThat(doc.getFieldValue(SolrFields.NATIONWIDE)).isEqualTo(true);
        assertThat(doc.getFieldValue(SolrFields.ONLINE)).isEqualTo(true);
        assertThat(doc.getField(SolrFields.LOCATION)).isNull();
        assertThat(doc.getField(SolrFields.POSTAL_CODE)).isNull();
        assertThat((String) doc.getFieldValue(SolrFields.TEXT_DE)).contains("Schuldnerberatung", "Pfändungsschutzkonto",
                "Bundesweite Schuldnerhilfe");
        assertThat(doc.getField(SolrFields.TEXT_EN)).as("a label falling back to German is no English text").isNull();
    }

    @Test
    void withoutTaxonomyTheIdsAreIndexed() {
        SolrInputDocument doc = new AdviceCentreDocuments(TaxonomyLabels.IDS_ONLY)
                .toSolr(mapper.map(Fixtures.location("emmerich", "de")).orElseThrow());

        assertThat((String) doc.getFieldValue(SolrFields.TEXT_DE)).contains("spielsucht", "essstoerungen", "Emmerich am Rhein");
        assertThat(doc.getFieldValue(SolrFields.ONLINE)).isEqualTo(false);
        assertThat(doc.getField(SolrFields.TEXT_EN)).as("nothing in English").isNull();
    }

    @Test
    void theStoredJsonRoundTripsAndToleratesNewFields() {
        AdviceCentre centre = mapper.map(Fixtures.location("komm-pass", "de", "en")).orElseThrow();
        String json = AdviceCentreDocuments.toJson(centre);

        assertThat(json).contains("\"lastModified\":\"2026-11-28T10:00:00Z\"", "\"validFrom\":\"2026-12-23\"",
                "\"attachmentText\":null");
        assertThat(AdviceCentreDocuments.fromJson(json)).isEqualTo(centre);
        assertThat(AdviceCentreDocuments.fromJson(json.replaceFirst("\\{", "{\"addedLater\":1,")).id()).isEqualTo(centre.id());
    }

    @Test
    void sortKeysFoldCaseAndUmlauts() {
        assertThat(AdviceCentreDocuments.sortKey(" Ärztliche Beratung")).isEqualTo("arztliche beratung");
        assertThat(AdviceCentreDocuments.sortKey("Straßenambulanz Öffnung Über")).isEqualTo("strassenambulanz offnung uber");
    }
}
