package de.sozialplattform.search.solr;

import de.sozialplattform.search.centres.SolrFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * Solr documents of advice centres for tests, with every field of the schema, shaped as the indexer writes them
 * (type and topic ids and German labels in {@code text_de}). Deterministic: the same call gives the same documents.
 */
public final class SolrTestDocuments {

    /** A place with its coordinates (WGS84). */
    public record City(String name, String postalCode, double lat, double lon) {
    }

    public static final List<City> CITIES = List.of(
            new City("Düsseldorf", "40210", 51.2217, 6.7762),
            new City("Köln", "50667", 50.9375, 6.9603),
            new City("Essen", "45127", 51.4556, 7.0116),
            new City("Duisburg", "47051", 51.4344, 6.7623),
            new City("Emmerich am Rhein", "46446", 51.8386, 6.2456),
            new City("Berlin", "10115", 52.5200, 13.4050),
            new City("Hamburg", "20095", 53.5511, 9.9937),
            new City("München", "80331", 48.1351, 11.5820),
            new City("Frankfurt am Main", "60311", 50.1109, 8.6821),
            new City("Leipzig", "04109", 51.3397, 12.3731));

    /** Counselling type id → its German label and topic ids (as in the light modules and i18n bundles). */
    private static final Map<String, List<String>> TYPES = Map.of(
            "suchtberatung", List.of("Suchtberatung", "alkohol", "drogen", "medikamente", "spielsucht",
                    "essstoerungen", "medien"),
            "schuldnerberatung", List.of("Schuldnerberatung", "p-konto", "insolvenz", "mietschulden"),
            "wohnungsnothilfe", List.of("Wohnungsnotfallhilfe", "wohnungslosigkeit", "raeumung", "notunterkunft"));
    private static final List<String> TYPE_IDS = List.of("suchtberatung", "schuldnerberatung", "wohnungsnothilfe");
    private static final Map<String, String> TOPIC_LABELS = Map.ofEntries(
            Map.entry("alkohol", "Alkohol"), Map.entry("drogen", "Drogen"), Map.entry("medikamente", "Medikamente"),
            Map.entry("spielsucht", "Glücksspiel und Spielsucht"), Map.entry("essstoerungen", "Essstörungen"),
            Map.entry("medien", "Medien, Internet und Gaming"), Map.entry("p-konto", "Pfändungsschutzkonto (P-Konto)"),
            Map.entry("insolvenz", "Privatinsolvenz"), Map.entry("mietschulden", "Mietschulden"),
            Map.entry("wohnungslosigkeit", "Wohnungslosigkeit"), Map.entry("raeumung", "Drohende Räumung"),
            Map.entry("notunterkunft", "Notunterkunft"));
    private static final List<String> ORGANISATIONS =
            List.of("Caritasverband", "Diakonie", "AWO", "Der Paritätische", "Deutsches Rotes Kreuz", "Stadt");
    private static final List<String> PHRASES = List.of("Beratung vertraulich und kostenlos",
            "Termine nach Vereinbarung", "offene Sprechstunde am Dienstag", "Hilfe für Angehörige",
            "Gruppenangebote am Abend", "Beratung in leichter Sprache", "Begleitung zu Ämtern und Behörden");
    private static final List<String> GROUPS = List.of("jugendliche", "erwachsene", "familien", "frauen", "senioren");
    private static final List<String> LANGUAGES = List.of("en", "tr", "ar", "ru", "uk");
    private static final List<String> CHANNELS = List.of("chat", "video", "email", "phone");

    private SolrTestDocuments() {
    }

    /** {@code count} advice centres across {@link #CITIES}, all types, about 5 % nationwide online offers. */
    public static List<SolrInputDocument> generated(int count) {
        Random random = new Random(4711);
        List<SolrInputDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            City city = CITIES.get(random.nextInt(CITIES.size()));
            String type = TYPE_IDS.get(random.nextInt(TYPE_IDS.size()));
            List<String> topicPool = TYPES.get(type).subList(1, TYPES.get(type).size());
            Set<String> topics = new LinkedHashSet<>();
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                topics.add(topicPool.get(random.nextInt(topicPool.size())));
            }
            boolean online = random.nextInt(20) == 0;
            String organisation = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size())) + " " + city.name();
            String name = TYPES.get(type).get(0) + (online ? " online" : " " + city.name()) + " " + (i % 7 + 1);
            SolrInputDocument doc = centre(String.format(Locale.ROOT, "loc-%04d", i), name,
                    PHRASES.get(random.nextInt(PHRASES.size())) + ". " + PHRASES.get(random.nextInt(PHRASES.size())))
                    .organisation("org-" + random.nextInt(40), organisation)
                    .type(type)
                    .topics(List.copyOf(topics))
                    .build();
            doc.addField(SolrFields.TARGET_GROUP, GROUPS.get(random.nextInt(GROUPS.size())));
            doc.addField(SolrFields.LANGUAGE, "de");
            if (random.nextBoolean()) {
                doc.addField(SolrFields.LANGUAGE, LANGUAGES.get(random.nextInt(LANGUAGES.size())));
            }
            boolean channels = online || random.nextInt(3) == 0;
            if (channels) {
                doc.addField(SolrFields.ONLINE_CHANNEL, CHANNELS.get(random.nextInt(CHANNELS.size())));
            }
            doc.setField(SolrFields.ONLINE, channels);
            doc.setField(SolrFields.ANONYMOUS, random.nextBoolean());
            doc.setField(SolrFields.ACCESSIBLE, random.nextBoolean());
            doc.setField(SolrFields.SIGN_LANGUAGE, random.nextInt(10) == 0);
            doc.setField(SolrFields.FREE, random.nextInt(5) > 0);
            doc.setField(SolrFields.NATIONWIDE, online);
            if (!online) {
                // within about 15 km of the city centre
                place(doc, city, city.lat() + (random.nextDouble() - 0.5) * 0.27,
                        city.lon() + (random.nextDouble() - 0.5) * 0.43);
            }
            doc.addField(SolrFields.TEXT_EN, "Counselling service, appointments by arrangement");
            docs.add(doc);
        }
        return docs;
    }

    /** A centre with name, free text and the fields every document has; add type, topics, place as needed. */
    public static Builder centre(String id, String name, String text) {
        return new Builder(id, name, text);
    }

    /** Puts the document at the given point of {@code city}. */
    public static void place(SolrInputDocument doc, City city, double lat, double lon) {
        doc.setField(SolrFields.LOCATION, String.format(Locale.ROOT, "%.5f,%.5f", lat, lon));
        doc.setField(SolrFields.POSTAL_CODE, city.postalCode());
        doc.addField(SolrFields.TEXT_DE, city.name());
    }

    /** Builds one document the way the indexer does. */
    public static final class Builder {

        private final SolrInputDocument doc = new SolrInputDocument();

        private Builder(String id, String name, String text) {
            doc.setField(SolrFields.ID, id);
            doc.setField(SolrFields.DOC_JSON, "{\"id\":\"" + id + "\"}");
            doc.setField(SolrFields.NAME, name);
            doc.setField(SolrFields.NAME_FOLD, name);
            doc.setField(SolrFields.NAME_SORT, name.toLowerCase(Locale.GERMAN)
                    .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"));
            doc.setField(SolrFields.MODIFIED_AT, Date.from(Instant.parse("2026-11-28T10:00:00Z")));
            doc.addField(SolrFields.TEXT_DE, name);
            doc.addField(SolrFields.TEXT_DE, text);
        }

        public Builder organisation(String id, String name) {
            doc.setField(SolrFields.ORGANISATION_ID, id);
            doc.setField(SolrFields.ORGANISATION_NAME, name);
            doc.addField(SolrFields.TEXT_DE, name);
            return this;
        }

        /** Type id and its German label, as the indexer writes them. */
        public Builder type(String type) {
            doc.addField(SolrFields.TYPE, type);
            doc.addField(SolrFields.TEXT_DE, type + " " + TYPES.get(type).get(0));
            return this;
        }

        public Builder topics(List<String> topics) {
            for (String topic : topics) {
                doc.addField(SolrFields.TOPIC, topic);
                doc.addField(SolrFields.TEXT_DE, topic + " " + TOPIC_LABELS.getOrDefault(topic, topic));
            }
            return this;
        }

        public Builder at(City city) {
            place(doc, city, city.lat(), city.lon());
            return this;
        }

        public SolrInputDocument build() {
            return doc.deepCopy();
        }
    }
}
