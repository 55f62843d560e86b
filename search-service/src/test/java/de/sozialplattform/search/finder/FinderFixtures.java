package de.sozialplattform.search.finder;

import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.AdviceCentre.Address;
import de.sozialplattform.search.centres.AdviceCentre.Announcement;
import de.sozialplattform.search.centres.AdviceCentre.Online;
import de.sozialplattform.search.centres.AdviceCentre.OpeningHours;
import de.sozialplattform.search.centres.AdviceCentre.Organisation;
import de.sozialplattform.search.centres.AdviceCentre.Point;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The advice centres the finder tests search: the brief's real Düsseldorf and Emmerich examples, a few in other
 * cities, nationwide online offers, and a deterministic crowd of generated ones across Germany.
 */
final class FinderFixtures {

    static final Organisation GESUNDHEITSAMT = organisation("Gesundheitsamt Düsseldorf");
    static final Organisation SUCHTHILFE = organisation("Suchthilfe Niederrhein e. V.");
    static final Organisation SCHULDNERHILFE = organisation("Schuldnerhilfe Rhein-Ruhr e. V.");

    static final AdviceCentre PSB = centre("Psychosoziale Beratung und Begutachtung des Gesundheitsamtes", GESUNDHEITSAMT,
            List.of("suchtberatung"), List.of("alkohol", "drogen"), new Address("Kölner Straße 180", "40227", "Düsseldorf"),
            new Point(51.2117, 6.8071, true));
    static final AdviceCentre PSB_NORTH = centre("Gesundheitsamt Düsseldorf, Beratung Nord", GESUNDHEITSAMT,
            List.of("suchtberatung"), List.of("alkohol"), new Address("Musterweg 1", "40474", "Düsseldorf"),
            new Point(51.2696, 6.748, true));
    static final AdviceCentre KOMM_PASS = centre("Drogenberatungsstelle komm-pass", SUCHTHILFE, List.of("suchtberatung"),
            List.of("drogen"), new Address("Charlottenstraße 30", "40210", "Düsseldorf"), new Point(51.2216, 6.7897, true));
    static final AdviceCentre FACHSTELLE = centre("Fachstelle Sucht", SUCHTHILFE, List.of("suchtberatung"),
            List.of("medikamente", "angehoerige"), new Address("Hubertusstraße 3", "40219", "Düsseldorf"),
            new Point(51.2125, 6.7637, true));
    static final AdviceCentre EMMERICH = centre("Beratungsstelle für Suchtfragen Emmerich am Rhein", SUCHTHILFE,
            List.of("suchtberatung"), List.of("spielsucht", "essstoerungen", "alkohol", "medikamente"),
            new Address("Neuer Steinweg 29", "46446", "Emmerich am Rhein"), new Point(51.8393, 6.2479, true));
    static final AdviceCentre SCHULDEN_DUESSELDORF = centre("Schuldner- und Insolvenzberatung Düsseldorf-Mitte",
            SCHULDNERHILFE, List.of("schuldnerberatung"), List.of("p-konto", "insolvenz", "mietschulden"),
            new Address("Beispielstraße 5", "40227", "Düsseldorf"), new Point(51.214, 6.80, false));
    static final AdviceCentre WOHNEN_KOELN = centre("Fachberatung Wohnungsnotfälle Köln", SCHULDNERHILFE,
            List.of("wohnungsnothilfe"), List.of("wohnungslosigkeit", "mietschulden"),
            new Address("Domplatz 1", "50667", "Köln"), new Point(50.9387, 6.9547, true));
    static final AdviceCentre SCHULDEN_BERLIN = centre("Schuldnerberatung Berlin-Mitte", SCHULDNERHILFE,
            List.of("schuldnerberatung"), List.of("p-konto"), new Address("Invalidenstraße 1", "10115", "Berlin"),
            new Point(52.5323, 13.3846, true));
    static final AdviceCentre SUCHT_CHAT = online("Sucht-Chat bundesweit", SUCHTHILFE, List.of("suchtberatung"),
            List.of("alkohol", "drogen", "medien"));
    static final AdviceCentre SCHULDEN_ONLINE = online("Online-Schuldnerberatung", SCHULDNERHILFE,
            List.of("schuldnerberatung"), List.of("p-konto", "insolvenz"));

    private FinderFixtures() {
    }

    /** Replaces the index's contents with the named and 150 generated centres (160 in all). */
    static void index(de.sozialplattform.search.solr.SearchIndex index, de.sozialplattform.search.taxonomy.Taxonomy taxonomy)
            throws Exception {
        var documents = new de.sozialplattform.search.centres.AdviceCentreDocuments(taxonomy::label);
        List<AdviceCentre> centres = new ArrayList<>(named());
        centres.addAll(generated(150));
        index.client().deleteByQuery("*:*");
        index.client().add(centres.stream().map(documents::toSolr).toList());
        index.client().commit();
    }

    static List<AdviceCentre> named() {
        return List.of(withAnnouncements(PSB), PSB_NORTH, KOMM_PASS, FACHSTELLE, EMMERICH, SCHULDEN_DUESSELDORF,
                WOHNEN_KOELN, SCHULDEN_BERLIN, SUCHT_CHAT, SCHULDEN_ONLINE);
    }

    /** {@code count} generated locations spread over Germany, the same on every run. */
    static List<AdviceCentre> generated(int count) {
        Random random = new Random(20261128L);
        List<String> types = List.of("suchtberatung", "schuldnerberatung", "wohnungsnothilfe");
        Map<String, List<String>> topics = Map.of("suchtberatung", List.of("alkohol", "drogen", "spielsucht", "medien"),
                "schuldnerberatung", List.of("p-konto", "insolvenz", "mietschulden"),
                "wohnungsnothilfe", List.of("wohnungslosigkeit", "mietschulden", "notunterkunft"));
        List<AdviceCentre> centres = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = types.get(i % types.size());
            List<String> typeTopics = topics.get(type);
            double lat = 47.5 + random.nextDouble() * 7.0;
            double lon = 6.0 + random.nextDouble() * 8.8;
            centres.add(centre(String.format("Beratungsstelle %03d (Demo)", i), SUCHTHILFE, List.of(type),
                    List.of(typeTopics.get(random.nextInt(typeTopics.size()))),
                    new Address("Hauptstraße " + (i + 1), String.format("%05d", 10000 + random.nextInt(89999)), "Demo-Stadt"),
                    new Point(Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4, true)));
        }
        return centres;
    }

    /** The PSB with one announcement valid today, one expired and one yet to come. */
    private static AdviceCentre withAnnouncements(AdviceCentre centre) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        List<Announcement> announcements = List.of(
                new Announcement(Map.of("de", "Heute geschlossen wegen Fortbildung", "en", "Closed today for training"),
                        today.minusDays(1), today.plusDays(1)),
                new Announcement(Map.of("de", "Abgelaufener Hinweis"), today.minusDays(30), today.minusDays(10)),
                new Announcement(Map.of("de", "Künftiger Hinweis"), today.plusDays(10), today.plusDays(20)));
        return copy(centre, announcements);
    }

    static Organisation organisation(String name) {
        return new Organisation(uuid("org:" + name), name, "https://example.org/" + Math.abs(name.hashCode()));
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static AdviceCentre centre(String name, Organisation organisation, List<String> types, List<String> topics,
            Address address, Point point) {
        return new AdviceCentre(uuid(name), "/standorte/test/" + uuid(name), name, organisation, types, topics,
                List.of("erwachsene"), address, point, new Online(List.of(), null), null, "0211 555-0100",
                "kontakt@example.org", "https://example.org", List.of("de", "tr"), true, true, false, true, false,
                false, false, List.of(new OpeningHours(List.of("mo", "tu"), "09:00", "12:00", Map.of())),
                Map.of("de", Map.of("description", "Beratung für " + name),
                        "en", Map.of("description", "Counselling at " + name)),
                List.of(), null, Instant.parse("2026-11-01T10:00:00Z"));
    }

    private static AdviceCentre online(String name, Organisation organisation, List<String> types, List<String> topics) {
        return new AdviceCentre(uuid(name), "/standorte/online/" + uuid(name), name, organisation, types, topics,
                List.of("erwachsene"), null, null, new Online(List.of("chat", "email"), "https://example.org/chat"), null,
                null, null, "https://example.org", List.of("de", "en"), true, false, false, true, false, true, true,
                List.of(), Map.of("de", Map.of("description", "Online-Beratung")), List.of(), null,
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    private static AdviceCentre copy(AdviceCentre c, List<Announcement> announcements) {
        return new AdviceCentre(c.id(), c.path(), c.name(), c.organisation(), c.types(), c.topics(), c.targetGroups(),
                c.address(), c.location(), c.online(), c.bookingUrl(), c.phone(), c.email(), c.website(), c.languages(),
                c.anonymous(), c.stepFree(), c.signLanguage(), c.freeOfCharge(), c.mainLocation(), c.nationwide(),
                c.onlineOnly(), c.openingHours(), c.text(), announcements, c.attachmentText(), c.lastModified());
    }
}
