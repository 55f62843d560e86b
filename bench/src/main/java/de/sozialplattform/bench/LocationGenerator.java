package de.sozialplattform.bench;

import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.AdviceCentre.Address;
import de.sozialplattform.search.centres.AdviceCentre.Announcement;
import de.sozialplattform.search.centres.AdviceCentre.Online;
import de.sozialplattform.search.centres.AdviceCentre.OpeningHours;
import de.sozialplattform.search.centres.AdviceCentre.Organisation;
import de.sozialplattform.search.centres.AdviceCentre.Point;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generated advice-centre locations, location {@code i} the same for the same seed whichever thread makes it (each
 * has its own random stream), so loading in parallel stays deterministic. They stand on real PLZ points of the
 * gazetteer file, a little apart, so radius searches around real PLZ and places find them. About half are
 * addiction counselling, a third debt counselling, the rest mostly housing emergency help, some with a second type;
 * 1–3 topics of their types; languages, online channels and flags vary; about 1 % are nationwide or online only.
 */
final class LocationGenerator {

    private static final List<String> PROVIDERS = List.of("Caritasverband", "Diakonisches Werk", "AWO Kreisverband",
            "Der Paritätische", "DRK-Kreisverband", "Stadtverwaltung", "Verbraucherzentrale", "Suchthilfe",
            "Evangelische Beratungsstelle", "Sozialdienst katholischer Frauen");
    private static final Map<String, List<String>> NAMES = Map.of(
            "suchtberatung", List.of("Suchtberatungsstelle", "Fachstelle Sucht", "Drogenberatung", "Fachambulanz Sucht"),
            "schuldnerberatung", List.of("Schuldnerberatung", "Schuldner- und Insolvenzberatung", "Budgetberatung"),
            "wohnungsnothilfe", List.of("Fachberatung Wohnungsnotfälle", "Wohnungslosenhilfe", "Zentrale Beratungsstelle"));
    private static final List<String> STREETS = List.of("Hauptstraße", "Bahnhofstraße", "Kirchplatz", "Marktstraße",
            "Schillerstraße", "Goethestraße", "Lindenallee", "Am Rathaus", "Gartenweg", "Friedrichstraße");
    private static final List<String> SENTENCES = List.of("Wir beraten vertraulich und kostenlos.",
            "Termine nach Vereinbarung, auch kurzfristig.", "Auch Angehörige können sich an uns wenden.",
            "Wir begleiten Sie auf dem Weg aus der Krise.", "Offene Sprechstunde ohne Anmeldung.",
            "Gemeinsam erarbeiten wir einen Plan, der zu Ihrer Lage passt.",
            "Wir vermitteln in Entgiftung, Therapie und Selbsthilfegruppen.",
            "Wir prüfen Ihre Unterlagen und verhandeln mit Gläubigern.",
            "Wir helfen bei Anträgen und im Kontakt mit Behörden.", "Die Beratung ist anonym möglich.");
    private static final List<String> TARGET_GROUPS = List.of("jugendliche", "junge-erwachsene", "erwachsene",
            "familien", "frauen", "maenner", "senioren", "angehoerige", "migrantinnen");
    private static final List<String> LANGUAGES = List.of("en", "tr", "ar", "ru", "pl", "uk", "fa");
    private static final List<String> CHANNELS = List.of("chat", "video", "email", "phone");
    private static final List<String> DAYS = List.of("mo", "tu", "we", "th", "fr");
    private static final Instant MODIFIED = Instant.parse("2026-11-01T10:00:00Z");

    private final List<PostalCodePoints.Point> points;
    private final Map<String, List<String>> topicsByType;
    private final List<String> types;
    private final long seed;
    private final int organisations;

    /** @param topicsByType the counselling types of the taxonomy and their topics */
    LocationGenerator(PostalCodePoints points, Map<String, List<String>> topicsByType, long seed, int locations) {
        this.points = points.points();
        this.topicsByType = topicsByType;
        this.types = topicsByType.keySet().stream().sorted().toList();
        this.seed = seed;
        this.organisations = Math.max(1, locations / 8);
    }

    AdviceCentre location(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        List<String> typesOf = typesOf(random);
        String type = typesOf.get(0);
        PostalCodePoints.Point at = pick(random, points);
        int kind = random.nextInt(200);
        boolean onlineOnly = kind == 0;
        boolean nationwide = kind == 1;
        String name = pick(random, NAMES.getOrDefault(type, List.of("Beratungsstelle")))
                + (onlineOnly ? " online" : " " + at.place());
        String id = uuid("bench-location-" + i);
        Address address = onlineOnly ? null
                : new Address(pick(random, STREETS) + " " + (1 + random.nextInt(120)), at.postalCode(), at.place());
        boolean approximate = random.nextInt(3) == 0;
        Point point = onlineOnly ? null : approximate ? new Point(at.lat(), at.lon(), true)
                : new Point(round(at.lat() + random.nextDouble(-0.02, 0.02)),
                        round(at.lon() + random.nextDouble(-0.03, 0.03)), false);
        Online online = onlineOnly || random.nextInt(100) < 35
                ? new Online(some(random, CHANNELS, 1 + random.nextInt(3)), "https://beratung.example.org/" + id)
                : new Online(List.of(), null);
        List<String> languages = new ArrayList<>(List.of("de"));
        languages.addAll(some(random, LANGUAGES, random.nextInt(3)));
        Map<String, Map<String, String>> text = random.nextBoolean()
                ? Map.of("de", Map.of("description", description(random)),
                        "en", Map.of("description", "Counselling at " + name + "."))
                : Map.of("de", Map.of("description", description(random)));
        List<Announcement> announcements = random.nextInt(20) == 0
                ? List.of(new Announcement(Map.of("de", "Geänderte Öffnungszeiten"), LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 1, 31)))
                : List.of();
        return new AdviceCentre(id, "/standorte/bench/" + id, name, organisation(random.nextInt(organisations)),
                typesOf, topics(random, typesOf), some(random, TARGET_GROUPS, 1 + random.nextInt(3)), address, point,
                online, random.nextInt(5) == 0 ? "https://termine.example.org/" + id : null,
                "0" + (200 + random.nextInt(800)) + " " + (100000 + random.nextInt(900000)),
                "beratung-" + i + "@example.org", "https://example.org/standorte/" + i, languages,
                random.nextBoolean(), random.nextBoolean(), random.nextInt(10) == 0, random.nextInt(10) < 8,
                random.nextInt(8) == 0, nationwide, onlineOnly, openingHours(random), text, announcements, null,
                MODIFIED.minusSeconds(random.nextInt(365 * 86_400)));
    }

    private List<String> typesOf(SplittableRandom random) {
        int roll = random.nextInt(100);
        // 45 % addiction, 35 % debt counselling, the rest any type (housing help, or a type added to the taxonomy)
        String first = types.get(roll < 45 ? indexOr("suchtberatung", 0) : roll < 80 ? indexOr("schuldnerberatung", 0)
                : random.nextInt(types.size()));
        Set<String> chosen = new LinkedHashSet<>(List.of(first));
        if (random.nextInt(10) == 0) {
            chosen.add(pick(random, types));
        }
        return List.copyOf(chosen);
    }

    private int indexOr(String type, int fallback) {
        int index = types.indexOf(type);
        return index >= 0 ? index : fallback;
    }

    private List<String> topics(SplittableRandom random, List<String> typesOf) {
        Set<String> topics = new LinkedHashSet<>();
        for (String type : typesOf) {
            List<String> ofType = topicsByType.getOrDefault(type, List.of());
            topics.addAll(some(random, ofType, Math.min(ofType.size(), 1 + random.nextInt(3))));
        }
        return List.copyOf(topics);
    }

    private Organisation organisation(int j) {
        SplittableRandom random = new SplittableRandom(seed * 7_000_003L + j);
        String name = pick(random, PROVIDERS) + " " + pick(random, points).place();
        return new Organisation(uuid("bench-organisation-" + j), name, "https://example.org/traeger/" + j);
    }

    private static String description(SplittableRandom random) {
        return String.join(" ", some(random, SENTENCES, 2 + random.nextInt(3)));
    }

    private static List<OpeningHours> openingHours(SplittableRandom random) {
        return List.of(new OpeningHours(some(random, DAYS, 2 + random.nextInt(3)), "09:00", "12:00", Map.of()),
                new OpeningHours(List.of("th"), "14:00", "18:00", Map.of("de", "nur mit Termin")));
    }

    /** {@code count} distinct elements, in the list's order. */
    private static List<String> some(SplittableRandom random, List<String> from, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, from.size())) {
            chosen.add(pick(random, from));
        }
        return from.stream().filter(chosen::contains).toList();
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
