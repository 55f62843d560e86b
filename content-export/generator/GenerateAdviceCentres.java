import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes the advice-centre seed content of the Beratungsstellenfinder: {@code adviceCentres.traeger.yaml}
 * (organisations) and {@code adviceCentres.standorte.yaml} (locations, a folder per Land plus {@code online}), in
 * the bootstrap format of {@code content-export/README.md}.
 *
 * <p>Usage, from the repository root (JDK 17, nothing else):
 *
 * <pre>
 * java content-export/generator/GenerateAdviceCentres.java <GeoNames postal-code CSV> content-export/bootstrap
 * </pre>
 *
 * <p>The output depends only on the postal-code file and the fixed seed below: running it again gives the same
 * bytes, and node UUIDs follow the README's scheme, so references stay stable. Demo entries are fictitious and their
 * names end with "(Demo)": invented names, generic streets, example.org addresses, phone numbers from the
 * Bundesnetzagentur's ranges for media productions that are never assigned ("Drama Numbers"), coordinates of the
 * PLZ's GeoNames point flagged approximate. The real locations of the project brief are written from a fixed list,
 * without invented details.
 */
public class GenerateAdviceCentres {

    static final long SEED = 20261128L;
    static final int DEMO_LOCATIONS = 640;
    static final int DEMO_ORGANISATIONS = 120;
    static final String WORKSPACE = "adviceCentres";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GenerateAdviceCentres.java <plz-de.csv> <output directory>");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        if (!Files.isDirectory(out)) {
            throw new IOException("output directory " + out + " does not exist");
        }
        Gazetteer gazetteer = Gazetteer.read(Path.of(args[0]));
        Content content = new Generator(gazetteer, new Random(SEED)).generate();
        write(out.resolve(WORKSPACE + ".traeger.yaml"), content.organisations());
        write(out.resolve(WORKSPACE + ".standorte.yaml"), content.locations());
        System.out.printf("%d organisations, %d locations (%d demo) written to %s%n", content.organisationCount(),
                content.locationCount(), content.demoLocationCount(), out);
    }

    private static void write(Path file, Node root) throws IOException {
        Files.writeString(file, new YamlWriter().write(root), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Content model: nodes with ordered properties, written in the order the CMS exports them

    /** A repository node; {@code properties} in model order, sub-models as lists of maps, children after them. */
    record Node(String name, String type, Map<String, Object> properties, List<Node> children) {
        static Node folder(String name, List<Node> children) {
            return new Node(name, "mgnl:folder", new LinkedHashMap<>(), children);
        }
    }

    record Content(Node organisations, Node locations, int organisationCount, int locationCount,
            int demoLocationCount) {
    }

    /** Writes a node tree in the bootstrap format: single-quoted keys and text, plain booleans, numbers, dates. */
    static final class YamlWriter {

        private final StringBuilder out = new StringBuilder();

        String write(Node root) {
            node(root, "/" + root.name(), 0);
            return out.toString();
        }

        private void node(Node node, String path, int depth) {
            line(depth, quote(node.name()) + ":");
            header(depth + 1, node.type(), path, true);
            List<Map.Entry<String, Object>> subModels = new ArrayList<>();
            for (Map.Entry<String, Object> property : node.properties().entrySet()) {
                if (isSubModel(property.getValue())) {
                    subModels.add(property);
                } else {
                    property(depth + 1, property.getKey(), property.getValue());
                }
            }
            for (Map.Entry<String, Object> subModel : subModels) {
                subModel(depth + 1, subModel.getKey(), subModel.getValue(), path + "/" + subModel.getKey());
            }
            for (Node child : node.children()) {
                node(child, path + "/" + child.name(), depth + 1);
            }
        }

        private void header(int depth, String type, String path, boolean published) {
            line(depth, "'jcr:primaryType': " + quote(type));
            line(depth, "'jcr:uuid': " + quote(Uuid5.of("sozialplattform:/" + WORKSPACE + path).toString()));
            if (published) {
                line(depth, "'mgnl:activationStatus': true");
            }
        }

        @SuppressWarnings("unchecked")
        private void subModel(int depth, String name, Object value, String path) {
            line(depth, quote(name) + ":");
            header(depth + 1, "mgnl:contentNode", path, false);
            List<Map<String, Object>> items = (List<Map<String, Object>>) value;
            for (int i = 0; i < items.size(); i++) {
                line(depth + 1, quote(Integer.toString(i)) + ":");
                header(depth + 2, "mgnl:contentNode", path + "/" + i, false);
                items.get(i).forEach((key, item) -> property(depth + 2, key, item));
            }
        }

        private void property(int depth, String key, Object value) {
            if (value instanceof List<?> list) {
                line(depth, quote(key) + ":");
                list.forEach(item -> line(depth + 1, "- " + scalar(item)));
            } else {
                line(depth, quote(key) + ": " + scalar(value));
            }
        }

        private static boolean isSubModel(Object value) {
            return value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map;
        }

        private static String scalar(Object value) {
            if (value instanceof String text) {
                return quote(text);
            }
            if (value instanceof Boolean || value instanceof LocalDate) {
                return value.toString();
            }
            if (value instanceof Double number) {
                return Double.toString(number); // always with a '.', so YAML reads a float
            }
            throw new IllegalArgumentException("cannot write " + value);
        }

        private static String quote(String text) {
            return "'" + text.replace("'", "''") + "'";
        }

        private void line(int depth, String text) {
            out.append("  ".repeat(depth)).append(text).append('\n');
        }
    }

    /** Name-based UUIDs (RFC 4122 version 5, SHA-1), as Python's {@code uuid.uuid5(uuid.NAMESPACE_URL, name)}. */
    static final class Uuid5 {

        static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

        static UUID of(String name) {
            try {
                MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
                sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE_URL.getMostSignificantBits())
                        .putLong(NAMESPACE_URL.getLeastSignificantBits()).array());
                byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
                hash[6] = (byte) (hash[6] & 0x0f | 0x50); // version 5
                hash[8] = (byte) (hash[8] & 0x3f | 0x80); // IETF variant
                ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
                return new UUID(bytes.getLong(), bytes.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Postal codes

    /** One PLZ with the GeoNames point of its most town-like place. */
    record Place(String postalCode, String city, String landCode, double lat, double lon) {
    }

    /** The GeoNames postal-code file (CC BY 4.0): country_code,zipcode,place,state,state_code,…,latitude,longitude. */
    static final class Gazetteer {

        private final Map<String, Place> byPostalCode;

        private Gazetteer(Map<String, Place> byPostalCode) {
            this.byPostalCode = byPostalCode;
        }

        static Gazetteer read(Path file) throws IOException {
            List<String[]> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] row = csv(line);
                if (row.length >= 11 && row[4].matches("[A-Z]{2}") && row[1].matches("\\d{5}")) {
                    rows.add(row);
                }
            }
            // A PLZ lists several localities; the one whose name covers the most PLZ is the town, not a hamlet.
            Map<String, Integer> postalCodesPerPlace = new TreeMap<>();
            Map<String, List<String[]>> rowsByPostalCode = new TreeMap<>();
            for (String[] row : rows) {
                rowsByPostalCode.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row);
            }
            rowsByPostalCode.forEach((plz, plzRows) -> plzRows.stream().map(r -> r[2]).distinct()
                    .forEach(place -> postalCodesPerPlace.merge(place, 1, Integer::sum)));
            Map<String, Place> places = new TreeMap<>();
            rowsByPostalCode.forEach((plz, plzRows) -> {
                String[] best = plzRows.get(0);
                for (String[] row : plzRows) {
                    if (postalCodesPerPlace.get(row[2]) > postalCodesPerPlace.get(best[2])) {
                        best = row;
                    }
                }
                places.put(plz, new Place(plz, best[2], best[4], Double.parseDouble(best[9]),
                        Double.parseDouble(best[10])));
            });
            return new Gazetteer(places);
        }

        Place require(String postalCode) {
            Place place = byPostalCode.get(postalCode);
            if (place == null) {
                throw new IllegalArgumentException("PLZ " + postalCode + " is not in the gazetteer");
            }
            return place;
        }

        /** All PLZ of a Land, in PLZ order. */
        List<Place> inLand(String landCode) {
            return byPostalCode.values().stream().filter(p -> p.landCode().equals(landCode)).toList();
        }

        private static String[] csv(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields.toArray(String[]::new);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Fixed data

    /**
     * A Land with its population in millions (Destatis, 2023, rounded), the nearest range of fictitious phone
     * numbers and regional names for invented Träger.
     */
    record Land(String code, String name, double population, String phones, List<String> regions) {
        String slug() {
            return GenerateAdviceCentres.slug(name);
        }
    }

    /*
     * Numbers the Bundesnetzagentur keeps free for films, books and teaching material ("Drama Numbers", Amtsblatt
     * 7/2021, Mitteilung 148/2021): each prefix followed by 000…999 is never assigned to anyone.
     */
    static final String BERLIN = "030 23125";
    static final String HAMBURG = "040 66969";
    static final String FRANKFURT = "069 90009";
    static final String KOELN = "0221 4710";
    static final String MUENCHEN = "089 99998";

    static final List<Land> LANDS = List.of(
            new Land("BW", "Baden-Württemberg", 11.28, MUENCHEN, List.of("Oberrhein", "Neckar-Alb", "Hohenlohe",
                    "Bodensee", "Schwarzwald", "Ostalb", "Breisgau", "Nordschwarzwald", "Oberschwaben", "Kraichgau")),
            new Land("BY", "Bayern", 13.37, MUENCHEN, List.of("Oberbayern", "Franken", "Niederbayern", "Oberpfalz",
                    "Allgäu", "Schwaben", "Mainfranken", "Oberfranken", "Chiemgau", "Isar-Loisach", "Altmühltal")),
            new Land("BE", "Berlin", 3.88, BERLIN, List.of("Spree", "Berlin-Nord", "Berlin-Süd", "Havelufer",
                    "Berlin-Ost", "Kiez")),
            new Land("BB", "Brandenburg", 2.57, BERLIN, List.of("Havelland", "Uckermark", "Lausitz", "Prignitz",
                    "Barnim", "Fläming", "Oderland")),
            new Land("HB", "Bremen", 0.69, HAMBURG, List.of("Weser", "Bremen-Nord", "Unterweser")),
            new Land("HH", "Hamburg", 1.89, HAMBURG, List.of("Elbe", "Alster", "Hamburg-Süd", "Hamburg-Nord")),
            new Land("HE", "Hessen", 6.39, FRANKFURT, List.of("Rhein-Main", "Nordhessen", "Mittelhessen", "Wetterau",
                    "Odenwald", "Vogelsberg", "Taunus", "Osthessen")),
            new Land("MV", "Mecklenburg-Vorpommern", 1.63, BERLIN, List.of("Vorpommern", "Mecklenburg", "Müritz",
                    "Ostseeküste", "Westmecklenburg")),
            new Land("NI", "Niedersachsen", 8.14, HAMBURG, List.of("Weser-Ems", "Ostfriesland", "Südniedersachsen",
                    "Heide", "Harz", "Emsland", "Leinebergland", "Elbe-Weser", "Braunschweiger Land", "Wendland")),
            new Land("NW", "Nordrhein-Westfalen", 18.14, KOELN, List.of("Rheinland", "Westfalen", "Ruhr",
                    "Niederrhein", "Sauerland", "Münsterland", "Bergisches Land", "Ostwestfalen", "Siegerland",
                    "Emscher", "Rhein-Erft", "Lippe", "Eifel-Rur")),
            new Land("RP", "Rheinland-Pfalz", 4.16, FRANKFURT, List.of("Pfalz", "Eifel", "Hunsrück", "Westerwald",
                    "Rheinhessen", "Mosel", "Mittelrhein")),
            new Land("SL", "Saarland", 0.99, FRANKFURT, List.of("Saar", "Saar-Blies", "Saarpfalz")),
            new Land("SN", "Sachsen", 4.09, BERLIN, List.of("Erzgebirge", "Vogtland", "Oberlausitz", "Elbtal",
                    "Leipziger Land", "Mittelsachsen")),
            new Land("ST", "Sachsen-Anhalt", 2.19, BERLIN, List.of("Altmark", "Börde", "Harzvorland", "Anhalt",
                    "Saale-Unstrut", "Elbe-Saale")),
            new Land("SH", "Schleswig-Holstein", 2.95, HAMBURG, List.of("Holstein", "Nordfriesland", "Dithmarschen",
                    "Ostholstein", "Schleswig", "Förde", "Lauenburg")),
            new Land("TH", "Thüringen", 2.13, BERLIN, List.of("Thüringer Wald", "Ostthüringen", "Nordthüringen",
                    "Eichsfeld", "Saaletal", "Mittelthüringen")));

    static final String SUCHT = "suchtberatung";
    static final String SCHULDEN = "schuldnerberatung";
    static final String WOHNEN = "wohnungsnothilfe";

    /** German and English labels, for the generated descriptions (the CMS's labels live in the i18n bundles). */
    record Label(String de, String en) {
    }

    static final Map<String, Label> TOPICS = topics();
    static final Map<String, Label> LANGUAGES = languages();

    private static Map<String, Label> topics() {
        Map<String, Label> topics = new LinkedHashMap<>();
        topics.put("alkohol", new Label("Alkohol", "alcohol"));
        topics.put("drogen", new Label("Drogen", "drugs"));
        topics.put("medikamente", new Label("Medikamente", "medicines"));
        topics.put("spielsucht", new Label("Glücksspiel", "gambling"));
        topics.put("essstoerungen", new Label("Essstörungen", "eating disorders"));
        topics.put("medien", new Label("Medien und Gaming", "media and gaming"));
        topics.put("angehoerige", new Label("Beratung für Angehörige", "advice for relatives"));
        topics.put("tabak", new Label("Tabak und Nikotin", "tobacco and nicotine"));
        topics.put("p-konto", new Label("P-Konto", "protected accounts (P-Konto)"));
        topics.put("insolvenz", new Label("Privatinsolvenz", "personal insolvency"));
        topics.put("mietschulden", new Label("Mietschulden", "rent arrears"));
        topics.put("energieschulden", new Label("Strom- und Gasschulden", "energy debts"));
        topics.put("kredite", new Label("Kredite und Raten", "loans and instalments"));
        topics.put("haushaltsbudget", new Label("Haushaltsplanung", "household budgeting"));
        topics.put("wohnungslosigkeit", new Label("Wohnungslosigkeit", "homelessness"));
        topics.put("raeumung", new Label("drohende Räumung", "threatened eviction"));
        topics.put("notunterkunft", new Label("Notunterkunft", "emergency accommodation"));
        topics.put("postadresse", new Label("Postadresse", "a postal address"));
        return Collections.unmodifiableMap(topics);
    }

    private static Map<String, Label> languages() {
        Map<String, Label> languages = new LinkedHashMap<>();
        languages.put("tr", new Label("Türkisch", "Turkish"));
        languages.put("ar", new Label("Arabisch", "Arabic"));
        languages.put("ru", new Label("Russisch", "Russian"));
        languages.put("en", new Label("Englisch", "English"));
        languages.put("uk", new Label("Ukrainisch", "Ukrainian"));
        languages.put("pl", new Label("Polnisch", "Polish"));
        return Collections.unmodifiableMap(languages);
    }

    static final List<String> STREETS = List.of("Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße",
            "Kirchstraße", "Lindenstraße", "Gartenstraße", "Poststraße", "Friedrichstraße", "Schulstraße", "Ringstraße",
            "Bergstraße", "Parkstraße", "Wilhelmstraße", "Mühlenweg", "Brunnenstraße", "Kaiserstraße", "Marktplatz",
            "Am Rathaus", "Rosenstraße", "Mozartstraße", "Uhlandstraße", "Lessingstraße", "Feldstraße");
    static final List<String> STOPS = List.of("Rathaus", "Hauptbahnhof", "Marktplatz", "Bahnhof", "Stadtmitte",
            "Post", "Kirchplatz", "Schulzentrum", "Stadtpark");

    // ---------------------------------------------------------------------------------------------------------
    // Generation

    /** A Träger while it is being generated; {@code kind} is a counselling type or {@code null} for all types. */
    static final class Organisation {
        final String slug;
        final String name;
        final String kind;
        final Map<String, Object> properties = new LinkedHashMap<>();
        int locations;

        Organisation(String slug, String name, String kind) {
            this.slug = slug;
            this.name = name;
            this.kind = kind;
        }

        String id() {
            return Uuid5.of("sozialplattform:/" + WORKSPACE + "/traeger/" + slug).toString();
        }

        boolean offers(List<String> types) {
            return kind == null || types.size() == 1 && types.get(0).equals(kind);
        }
    }

    static final class Generator {

        private final Gazetteer gazetteer;
        private final Random random;
        private final List<Organisation> organisations = new ArrayList<>();
        private final Set<String> organisationNames = new HashSet<>();
        private final Map<String, Integer> phonesUsed = new TreeMap<>();

        Generator(Gazetteer gazetteer, Random random) {
            this.gazetteer = gazetteer;
            this.random = random;
        }

        Content generate() {
            double population = LANDS.stream().mapToDouble(Land::population).sum();
            List<Node> landFolders = new ArrayList<>();
            int demo = 0;
            for (Land land : LANDS) {
                int organisationCount = Math.max(2, (int) Math.round(DEMO_ORGANISATIONS * land.population() / population));
                int locationCount = Math.max(5, (int) Math.round(DEMO_LOCATIONS * land.population() / population));
                List<Node> locations = new ArrayList<>();
                if (land.code().equals("NW")) {
                    locations.addAll(RealExamples.locations(gazetteer, this));
                }
                List<Organisation> own = demoOrganisations(land, organisationCount);
                List<Node> demoLocations = demoLocations(land, own, locationCount,
                        locations.stream().map(Node::name).toList());
                demo += demoLocations.size();
                locations.addAll(demoLocations);
                landFolders.add(Node.folder(land.slug(), sorted(locations)));
            }
            landFolders.add(Node.folder("online", OnlineOffers.locations(this)));
            int locationCount = landFolders.stream().mapToInt(f -> f.children().size()).sum();
            List<Node> organisationNodes = organisations.stream()
                    .map(o -> new Node(o.slug, "organisation", o.properties, List.of())).toList();
            return new Content(Node.folder("traeger", sorted(organisationNodes)),
                    Node.folder("standorte", landFolders), organisations.size(), locationCount,
                    demo + OnlineOffers.COUNT);
        }

        private static List<Node> sorted(List<Node> nodes) {
            List<Node> copy = new ArrayList<>(nodes);
            copy.sort(Comparator.comparing(Node::name));
            return copy;
        }

        /** Registers a Träger; fails on a duplicate, so every node name in /traeger is unique. */
        Organisation organisation(String slug, String name, String kind) {
            if (!organisationNames.add(slug)) {
                throw new IllegalStateException("duplicate organisation " + slug);
            }
            Organisation organisation = new Organisation(slug, name, kind);
            organisations.add(organisation);
            return organisation;
        }

        // --- organisations

        private static final Map<String, List<String>> ORGANISATION_NAMES = Map.of(
                SUCHT, List.of("Suchthilfe %s e. V.", "Verein für Suchtberatung %s e. V.", "Suchtprävention %s e. V."),
                SCHULDEN, List.of("Schuldnerhilfe %s e. V.", "Schuldnerberatung %s gGmbH",
                        "Verein für Schuldner- und Insolvenzhilfe %s e. V."),
                WOHNEN, List.of("Wohnungslosenhilfe %s gGmbH", "Hilfe für Wohnungslose %s e. V.",
                        "Verein Wohnen und Teilhabe %s e. V."),
                "", List.of("Sozialdienst %s e. V.", "Beratungsverbund %s gGmbH", "Soziale Dienste %s gGmbH",
                        "Sozialwerk %s e. V."));

        private List<Organisation> demoOrganisations(Land land, int count) {
            List<String> kinds = List.of("", SUCHT, SCHULDEN, WOHNEN, "", SUCHT, SCHULDEN, "", WOHNEN, SUCHT);
            List<Organisation> own = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String kind = kinds.get(i % kinds.size());
                Organisation organisation = null;
                while (organisation == null) {
                    String region = pick(land.regions());
                    String name = String.format(pick(ORGANISATION_NAMES.get(kind)), region);
                    String slug = slug(name.replace(" e. V.", "").replace(" gGmbH", ""));
                    if (!organisationNames.contains(slug)) {
                        organisation = organisation(slug, name + " (Demo)", kind.isEmpty() ? null : kind);
                        describe(organisation, region, land);
                    }
                }
                own.add(organisation);
            }
            return own;
        }

        private void describe(Organisation o, String region, Land land) {
            String shortName = o.name.replace(" e. V.", "").replace(" gGmbH", "");
            String field = switch (o.kind == null ? "" : o.kind) {
                case SUCHT -> "der Suchthilfe";
                case SCHULDEN -> "der Schuldner- und Insolvenzberatung";
                case WOHNEN -> "der Wohnungsnotfallhilfe";
                default -> "der sozialen Beratung";
            };
            String fieldEn = switch (o.kind == null ? "" : o.kind) {
                case SUCHT -> "addiction support";
                case SCHULDEN -> "debt and insolvency counselling";
                case WOHNEN -> "help for people losing or without a home";
                default -> "social counselling";
            };
            o.properties.put("name", o.name);
            o.properties.put("shortName", shortName);
            o.properties.put("description", "<p>Gemeinnütziger Träger " + field + " in der Region " + region + " ("
                    + land.name() + ").</p>" + DEMO_NOTE_DE);
            o.properties.put("description_en", "<p>Non-profit provider of " + fieldEn + " in the " + region
                    + " region (" + land.name() + ").</p>" + DEMO_NOTE_EN);
            o.properties.put("website", "https://" + o.slug + ".example.org/");
            o.properties.put("email", "info@" + o.slug + ".example.org");
            o.properties.put("phone", phone(land.phones()));
        }

        static final String DEMO_NOTE_DE =
                "<p><em>Demo-Eintrag: Name, Anschrift und Kontaktdaten sind erfunden.</em></p>";
        static final String DEMO_NOTE_EN =
                "<p><em>Demo entry: the name, address and contact details are fictitious.</em></p>";

        // --- locations

        /** @param taken node names already used in the Land's folder */
        private List<Node> demoLocations(Land land, List<Organisation> own, int count, List<String> taken) {
            List<Place> places = new ArrayList<>(gazetteer.inLand(land.code()));
            Collections.shuffle(places, random);
            Set<String> names = new HashSet<>();
            Set<String> slugs = new HashSet<>(taken);
            List<Node> locations = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Place place = places.get(i % places.size());
                // The first locations take the kinds of the Träger in turn, so every Träger has at least one.
                List<String> types = i < own.size() && own.get(i).kind != null ? List.of(own.get(i).kind) : types();
                Organisation organisation = i < own.size() && own.get(i).offers(types) ? own.get(i)
                        : leastBusy(own, types);
                String name = uniqueName(types, place.city(), names);
                String slug = slug(name.replace(" (Demo)", ""));
                while (!slugs.add(slug)) {
                    slug = slug + "-2";
                }
                locations.add(new Node(slug, "location",
                        new DemoLocation(random, place, organisation, types, name, slug, phone(land.phones()))
                                .properties(),
                        List.of()));
                organisation.locations++;
            }
            return locations;
        }

        private List<String> types() {
            double r = random.nextDouble();
            if (r < 0.40) {
                return List.of(SUCHT);
            }
            if (r < 0.72) {
                return List.of(SCHULDEN);
            }
            if (r < 0.89) {
                return List.of(WOHNEN);
            }
            return r < 0.945 ? List.of(SUCHT, SCHULDEN) : List.of(SCHULDEN, WOHNEN);
        }

        private Organisation leastBusy(List<Organisation> own, List<String> types) {
            List<Organisation> able = own.stream().filter(o -> o.offers(types)).toList();
            int fewest = able.stream().mapToInt(o -> o.locations).min().orElseThrow();
            return pick(able.stream().filter(o -> o.locations == fewest).toList());
        }

        private static final Map<String, List<String>> LOCATION_NAMES = Map.of(
                SUCHT, List.of("Suchtberatung %s", "Fachstelle Sucht %s", "Sucht- und Drogenberatung %s",
                        "Beratungsstelle für Suchtfragen %s", "Jugend- und Suchtberatung %s"),
                SCHULDEN, List.of("Schuldnerberatung %s", "Schuldner- und Insolvenzberatung %s",
                        "Beratungsstelle für Geld und Schulden %s"),
                WOHNEN, List.of("Fachberatungsstelle Wohnungsnotfallhilfe %s", "Beratungsstelle Wohnungsnot %s",
                        "Zentrale Beratung für Wohnungslose %s", "Anlaufstelle Wohnen %s"),
                SUCHT + SCHULDEN, List.of("Sucht- und Schuldnerberatung %s", "Beratungszentrum Sucht und Schulden %s"),
                SCHULDEN + WOHNEN, List.of("Beratung bei Schulden und Wohnungsnot %s", "Fachdienst Wohnen und Schulden %s"));

        private String uniqueName(List<String> types, String city, Set<String> taken) {
            List<String> patterns = new ArrayList<>(LOCATION_NAMES.get(String.join("", types)));
            Collections.shuffle(patterns, random);
            List<String> districts = List.of("", "-Mitte", "-Nord", "-Süd", "-West", "-Ost");
            for (String district : districts) {
                for (String pattern : patterns) {
                    String name = String.format(pattern, city + district) + " (Demo)";
                    if (taken.add(name)) {
                        return name;
                    }
                }
            }
            throw new IllegalStateException("no free name for " + types + " in " + city);
        }

        <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        /** The next unused number of a fictitious range, e.g. {@code 0221 4710-007}. */
        String phone(String range) {
            int next = phonesUsed.merge(range, 1, Integer::sum) - 1;
            if (next > 999) {
                throw new IllegalStateException("phone range " + range + " exhausted");
            }
            return String.format("%s-%03d", range, next);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // One demo location

    /** Builds the properties of one demo location in the content type's model order. */
    static final class DemoLocation {

        private final Random random;
        private final Place place;
        private final Organisation organisation;
        private final List<String> types;
        private final String name;
        private final String slug;
        private final String phone;

        DemoLocation(Random random, Place place, Organisation organisation, List<String> types, String name,
                String slug, String phone) {
            this.random = random;
            this.place = place;
            this.organisation = organisation;
            this.types = types;
            this.name = name;
            this.slug = slug;
            this.phone = phone;
        }

        Map<String, Object> properties() {
            List<String> topics = topics();
            List<String> languages = languages();
            boolean anonymous = chance(types.contains(SUCHT) ? 0.85 : types.contains(WOHNEN) ? 0.4 : 0.25);
            boolean free = chance(0.97);
            boolean stepFree = chance(0.6);
            boolean online = chance(0.3);
            String street = pick(STREETS);
            String base = "https://" + organisation.slug + ".example.org";

            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("organisation", organisation.id());
            p.put("types", types);
            p.put("topics", topics);
            p.put("targetGroups", targetGroups());
            p.put("description", description(topics, languages, anonymous, free, false));
            p.put("description_en", description(topics, languages, anonymous, free, true));
            p.put("street", street + " " + (1 + random.nextInt(120)));
            p.put("postalCode", place.postalCode());
            p.put("city", place.city());
            p.put("latitude", place.lat());
            p.put("longitude", place.lon());
            p.put("coordinatesApproximate", true);
            p.put("phone", phone);
            p.put("email", slug + "@" + organisation.slug + ".example.org");
            p.put("website", base + "/standorte/" + slug);
            openingHoursNote(p);
            if (online) {
                p.put("onlineChannels", channels());
                p.put("onlineUrl", base + "/online-beratung");
            }
            if (chance(0.3)) {
                p.put("bookingUrl", base + "/termine?standort=" + slug);
            }
            p.put("anonymous", anonymous);
            p.put("stepFree", stepFree);
            p.put("signLanguage", chance(0.04));
            p.put("freeOfCharge", free);
            p.put("languages", languages);
            hints(p, stepFree);
            p.put("mainLocation", organisation.locations == 0);
            p.put("nationwide", false);
            p.put("onlineOnly", false);
            p.put("openingHours", openingHours(topics));
            List<Map<String, Object>> announcements = announcements();
            if (!announcements.isEmpty()) {
                p.put("announcements", announcements);
            }
            return p;
        }

        private List<String> topics() {
            List<String> topics = new ArrayList<>();
            for (String type : types) {
                Map<String, Double> odds = switch (type) {
                    case SUCHT -> odds("alkohol", 0.95, "drogen", 0.8, "medikamente", 0.7, "spielsucht", 0.5,
                            "medien", 0.4, "essstoerungen", 0.2, "angehoerige", 0.6, "tabak", 0.3);
                    case SCHULDEN -> odds("p-konto", 0.9, "insolvenz", 0.85, "mietschulden", 0.6, "energieschulden",
                            0.5, "kredite", 0.6, "haushaltsbudget", 0.7);
                    default -> odds("mietschulden", 0.7, "wohnungslosigkeit", 0.95, "raeumung", 0.7, "notunterkunft",
                            0.4, "postadresse", 0.5);
                };
                List<String> own = new ArrayList<>();
                odds.forEach((topic, chance) -> {
                    if (chance(chance) && !topics.contains(topic)) {
                        own.add(topic);
                    }
                });
                if (own.size() < 2) { // a centre of this type covers at least its two core topics
                    odds.keySet().stream().limit(2).filter(t -> !own.contains(t) && !topics.contains(t))
                            .forEach(own::add);
                }
                topics.addAll(own);
            }
            return topics;
        }

        private List<String> targetGroups() {
            List<String> groups = new ArrayList<>();
            Map<String, Double> odds = new LinkedHashMap<>();
            if (types.contains(WOHNEN)) {
                odds.putAll(odds("wohnungslose", 1.0, "erwachsene", 0.9, "junge-erwachsene", 0.3, "familien", 0.3,
                        "frauen", 0.3, "maenner", 0.2));
            }
            if (types.contains(SUCHT)) {
                odds.putAll(odds("erwachsene", 1.0, "jugendliche", 0.5, "junge-erwachsene", 0.5, "angehoerige", 0.6,
                        "frauen", 0.15, "maenner", 0.15, "migrantinnen", 0.15, "senioren", 0.1, "lgbtiq", 0.05));
            }
            if (types.contains(SCHULDEN)) {
                odds.putAll(odds("erwachsene", 1.0, "familien", 0.6, "junge-erwachsene", 0.3, "senioren", 0.3,
                        "migrantinnen", 0.2));
            }
            odds.forEach((group, chance) -> {
                if (chance(chance) && !groups.contains(group)) {
                    groups.add(group);
                }
            });
            return groups;
        }

        private List<String> languages() {
            List<String> languages = new ArrayList<>(List.of("de"));
            double r = random.nextDouble();
            int extra = r < 0.10 ? 2 : r < 0.45 ? 1 : 0;
            // drawn without repetition, weighted roughly by how often counselling centres offer them
            Map<String, Integer> weights = new TreeMap<>(Map.of("tr", 30, "ar", 25, "ru", 20, "en", 20, "uk", 15,
                    "pl", 10));
            for (int i = 0; i < extra; i++) {
                int draw = random.nextInt(weights.values().stream().mapToInt(Integer::intValue).sum());
                for (String language : List.copyOf(weights.keySet())) {
                    draw -= weights.get(language);
                    if (draw < 0) {
                        languages.add(language);
                        weights.remove(language);
                        break;
                    }
                }
            }
            return languages;
        }

        private List<String> channels() {
            List<String> channels = new ArrayList<>();
            for (String channel : List.of("chat", "video", "email", "phone")) {
                if (chance(0.5)) {
                    channels.add(channel);
                }
            }
            return channels.isEmpty() ? List.of("email") : channels;
        }

        private String description(List<String> topics, List<String> languages, boolean anonymous, boolean free,
                boolean english) {
            StringBuilder html = new StringBuilder();
            for (String type : types) {
                html.append("<p>").append(intro(type, english)).append("</p>");
            }
            List<String> qualities = new ArrayList<>(List.of(english ? "confidential" : "vertraulich"));
            if (free) {
                qualities.add(english ? "free of charge" : "kostenlos");
            }
            if (anonymous) {
                qualities.add(english ? "anonymous if you wish" : "auf Wunsch anonym");
            }
            html.append("<p>").append(english ? "Our counselling is " : "Unsere Beratung ist ")
                    .append(join(qualities, english)).append(".</p>");
            html.append("<p>").append(english ? "Main topics: " : "Schwerpunkte: ")
                    .append(join(topics.stream().map(t -> english ? TOPICS.get(t).en() : TOPICS.get(t).de()).toList(),
                            english)).append(".</p>");
            List<String> foreign = languages.stream().filter(l -> !l.equals("de"))
                    .map(l -> english ? LANGUAGES.get(l).en() : LANGUAGES.get(l).de()).toList();
            if (!foreign.isEmpty()) {
                html.append("<p>").append(english ? "Counselling is also available in " : "Beratung auch auf ")
                        .append(join(foreign, english)).append(".</p>");
            }
            return html.append(english ? Generator.DEMO_NOTE_EN : Generator.DEMO_NOTE_DE).toString();
        }

        private String intro(String type, boolean english) {
            String city = place.city();
            return switch (type) {
                case SUCHT -> english
                        ? "We advise people in and around " + city + " who are worried about their drinking, drug"
                                + " use or other habits, and their families and friends."
                        : "Wir beraten Menschen in " + city + " und Umgebung, die sich Sorgen um ihren Konsum oder"
                                + " ihr Verhalten machen, und ihre Angehörigen.";
                case SCHULDEN -> english
                        ? "When bills, reminders or loans get too much, we help you get an overview, negotiate with"
                                + " creditors and find a way out of debt."
                        : "Wenn Rechnungen, Mahnungen oder Kredite über den Kopf wachsen, verschaffen wir uns mit"
                                + " Ihnen einen Überblick, verhandeln mit Gläubigern und zeigen Wege aus den Schulden.";
                default -> english
                        ? "We help if you are about to lose your home or have none: with rent arrears, notice and"
                                + " eviction, finding somewhere to stay and dealing with the authorities."
                        : "Wir helfen, wenn Sie Ihre Wohnung zu verlieren drohen oder keine Wohnung haben: bei"
                                + " Mietschulden, Kündigung und Räumung, bei der Suche nach einer Unterkunft und im"
                                + " Umgang mit Ämtern.";
            };
        }

        private void openingHoursNote(Map<String, Object> p) {
            Label note = pick(List.of(new Label("Termine nach Vereinbarung, auch kurzfristig.",
                            "Appointments by arrangement, also at short notice."),
                    new Label("Bitte vereinbaren Sie telefonisch einen Termin.", "Please call to make an appointment."),
                    new Label("Außerhalb der Öffnungszeiten erreichen Sie uns per E-Mail.",
                            "Outside opening hours you can reach us by email.")));
            p.put("openingHoursNote", note.de());
            p.put("openingHoursNote_en", note.en());
        }

        private List<Map<String, Object>> openingHours(List<String> topics) {
            List<Map<String, Object>> hours = new ArrayList<>();
            if (types.contains(WOHNEN) && random.nextBoolean()) {
                hours.add(hours(List.of("mo", "tu", "we", "th", "fr"), "08:00", "14:00",
                        topics.contains("postadresse") ? new Label("Postausgabe bis 13 Uhr", "Mail handed out until 1 pm")
                                : null));
                return hours;
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    hours.add(hours(List.of("mo", "tu", "we", "th"), "09:00", "12:00", null));
                    hours.add(hours(List.of("tu", "th"), "14:00", "17:00", null));
                }
                case 1 -> {
                    hours.add(hours(List.of("mo", "tu", "we", "th", "fr"), "08:30", "12:30", null));
                    hours.add(hours(List.of("mo", "we"), "13:30", "16:00", null));
                }
                case 2 -> {
                    hours.add(hours(List.of("mo", "we", "fr"), "09:00", "13:00", null));
                    hours.add(hours(List.of("th"), "16:00", "19:00",
                            new Label("Abendsprechstunde für Berufstätige", "Evening hours for people in work")));
                }
                default -> {
                    hours.add(hours(List.of("mo", "tu", "th"), "09:00", "16:00",
                            new Label("Nur mit Termin", "By appointment only")));
                    hours.add(hours(List.of("we"), "10:00", "12:00",
                            new Label("Offene Sprechstunde ohne Termin", "Drop-in hours, no appointment needed")));
                }
            }
            return hours;
        }

        private static Map<String, Object> hours(List<String> days, String opens, String closes, Label note) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("days", days);
            item.put("opens", opens);
            item.put("closes", closes);
            if (note != null) {
                item.put("note", note.de());
                item.put("note_en", note.en());
            }
            return item;
        }

        private void hints(Map<String, Object> p, boolean stepFree) {
            String stop = pick(STOPS);
            int minutes = 2 + random.nextInt(9);
            p.put("transportHint", "Bus und Bahn: Haltestelle „" + stop + "“, etwa " + minutes + " Minuten zu Fuß.");
            p.put("transportHint_en", "Public transport: stop \"" + stop + "\", about " + minutes + " minutes' walk.");
            if (chance(0.4)) {
                Label parking = pick(List.of(
                        new Label("Wenige Parkplätze im Hof; wir empfehlen die Anreise mit Bus und Bahn.",
                                "Few parking spaces in the courtyard; we recommend coming by public transport."),
                        new Label("Öffentliches Parkhaus in der Nähe (kostenpflichtig).",
                                "Public car park nearby (charges apply)."),
                        new Label("Kostenlose Parkplätze vor dem Haus.", "Free parking in front of the building.")));
                p.put("parkingHint", parking.de());
                p.put("parkingHint_en", parking.en());
            }
            if (chance(0.4)) {
                Label where = stepFree
                        ? new Label("Im Erdgeschoss, stufenloser Eingang.", "On the ground floor, step-free entrance.")
                        : pick(List.of(new Label("Eingang im Hof, 1. Obergeschoss.",
                                        "Entrance in the courtyard, first floor."),
                                new Label("Bitte klingeln Sie bei „Beratung“.",
                                        "Please ring the bell marked \"Beratung\".")));
                p.put("locationHint", where.de());
                p.put("locationHint_en", where.en());
            }
        }

        private List<Map<String, Object>> announcements() {
            List<Map<String, Object>> announcements = new ArrayList<>();
            if (chance(0.02)) {
                announcements.add(announcement(new Label(
                        "Zwischen den Jahren geschlossen: vom 24. Dezember 2026 bis 1. Januar 2027 ist die"
                                + " Beratungsstelle nicht besetzt. In Notfällen wählen Sie 112.",
                        "Closed over the holidays: from 24 December 2026 to 1 January 2027 the office is closed."
                                + " In an emergency, call 112."),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)));
            }
            if (chance(0.01)) {
                announcements.add(announcement(new Label(
                        "Neu ab Januar 2027: offene Sprechstunde jeden Mittwoch von 14 bis 16 Uhr, ohne Termin.",
                        "New from January 2027: drop-in hours every Wednesday from 2 to 4 pm, no appointment needed."),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28)));
            }
            if (types.contains(SUCHT) && chance(0.015)) {
                announcements.add(announcement(new Label(
                        "Wir planen eine neue Gruppe für Angehörige. Bei Interesse melden Sie sich gern bei uns.",
                        "We are planning a new group for relatives. If you are interested, please get in touch."),
                        LocalDate.of(2026, 11, 15), LocalDate.of(2027, 1, 31)));
            }
            if (types.contains(SCHULDEN) && chance(0.015)) {
                announcements.add(announcement(new Label(
                        "Wegen hoher Nachfrage kann es im Januar 2027 bei Erstterminen zu Wartezeiten kommen.",
                        "Because of high demand, first appointments in January 2027 may involve a wait."),
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)));
            }
            return announcements;
        }

        static Map<String, Object> announcement(Label text, LocalDate from, LocalDate until) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", text.de());
            item.put("text_en", text.en());
            item.put("validFrom", from);
            item.put("validUntil", until);
            return item;
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private static Map<String, Double> odds(Object... pairs) {
            Map<String, Double> odds = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                odds.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
            }
            return odds;
        }
    }

    static String join(List<String> items, boolean english) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + (english ? " and " : " und ")
                + items.get(items.size() - 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The real examples of the project brief: not marked Demo, nothing invented

    static final class RealExamples {

        static List<Node> locations(Gazetteer gazetteer, Generator generator) {
            Organisation health = real(generator, "landeshauptstadt-duesseldorf-gesundheitsamt",
                    "Landeshauptstadt Düsseldorf, Gesundheitsamt", "Gesundheitsamt Düsseldorf",
                    "https://www.duesseldorf.de", null, null,
                    "<p>Das Gesundheitsamt der Landeshauptstadt Düsseldorf.</p>",
                    "<p>The public health office of the City of Düsseldorf.</p>");
            Organisation kommPass = real(generator, "komm-pass", "Drogenberatungsstelle \"komm-pass\"", "komm-pass",
                    null, null, null,
                    "<p>Drogenberatungsstelle in Düsseldorf. Angaben zum Träger werden von der Redaktion ergänzt.</p>",
                    "<p>Drug counselling centre in Düsseldorf. Details of the provider will be added by the"
                            + " editors.</p>");
            Organisation caritasDuesseldorf = real(generator, "caritasverband-duesseldorf",
                    "Caritasverband für die Stadt Düsseldorf e. V.", "Caritas Düsseldorf", "https://www.caritas-duesseldorf.de",
                    null, null, "<p>Katholischer Wohlfahrtsverband in Düsseldorf.</p>",
                    "<p>Catholic welfare association in Düsseldorf.</p>");
            Organisation caritasKleve = real(generator, "caritasverband-kleve", "Caritasverband Kleve e. V.",
                    "Caritas Kleve", "https://www.caritas-kleve.de", null, null,
                    "<p>Katholischer Wohlfahrtsverband im Kreis Kleve.</p>",
                    "<p>Catholic welfare association in the district of Kleve.</p>");
            return List.of(
                    location(gazetteer, "psb-gesundheitsamt-duesseldorf",
                            "PSB – Psychosoziale Beratung und Begutachtung des Gesundheitsamtes Düsseldorf", health,
                            List.of("alkohol", "drogen", "medikamente"), "Kölner Straße 180", "40227", "Düsseldorf",
                            "<p>Allgemeine Suchtberatung: Psychosoziale Beratung (PSB) und Begutachtung des"
                                    + " Gesundheitsamtes der Landeshauptstadt Düsseldorf.</p>",
                            "<p>General addiction counselling: psychosocial counselling (PSB) and assessment by the"
                                    + " public health office of the City of Düsseldorf.</p>",
                            null, null, null),
                    location(gazetteer, "komm-pass", "Drogenberatungsstelle \"komm-pass\"", kommPass,
                            List.of("drogen", "alkohol", "medikamente"), "Charlottenstraße 30", "40210", "Düsseldorf",
                            "<p>Drogenberatungsstelle in Düsseldorf: Beratung zu Drogen, Alkohol und"
                                    + " Medikamenten.</p>",
                            "<p>Drug counselling centre in Düsseldorf: advice on drugs, alcohol and medicines.</p>",
                            null, null, null),
                    location(gazetteer, "fachstelle-sucht-duesseldorf", "Fachstelle Sucht", caritasDuesseldorf,
                            List.of("alkohol", "drogen", "medikamente"), "Hubertusstraße 3", "40219", "Düsseldorf",
                            "<p>Suchtberatung in Düsseldorf: Beratung zu Alkohol, Drogen und Medikamenten.</p>",
                            "<p>Addiction counselling in Düsseldorf: advice on alcohol, drugs and medicines.</p>",
                            null, null, null),
                    location(gazetteer, "suchtberatung-emmerich", "Beratungsstelle für Suchtfragen Emmerich am Rhein",
                            caritasKleve, List.of("spielsucht", "essstoerungen", "alkohol", "medikamente"),
                            "Neuer Steinweg 29", "46446", "Emmerich am Rhein",
                            "<p>Beratungsstelle für Suchtfragen in Emmerich am Rhein: Beratung bei Glücksspiel,"
                                    + " Essstörungen, Alkohol und Medikamenten.</p>",
                            "<p>Addiction counselling centre in Emmerich am Rhein: advice on gambling, eating"
                                    + " disorders, alcohol and medicines.</p>",
                            "+49 2822 9779911", "suchtberatung@caritas-kleve.de",
                            "https://www.caritas-kleve.de/soziale-hilfen/fuer-psychisch-oder-suchtkranke-menschen/suchtberatung/suchtberatung"));
        }

        private static Organisation real(Generator generator, String slug, String name, String shortName,
                String website, String email, String phone, String description, String descriptionEn) {
            Organisation o = generator.organisation(slug, name, null);
            o.properties.put("name", name);
            o.properties.put("shortName", shortName);
            o.properties.put("description", description);
            o.properties.put("description_en", descriptionEn);
            putIfSet(o.properties, "website", website);
            putIfSet(o.properties, "email", email);
            putIfSet(o.properties, "phone", phone);
            return o;
        }

        /** Coordinates are the PLZ's point, flagged approximate; contact details only where the brief gives them. */
        private static Node location(Gazetteer gazetteer, String slug, String name, Organisation organisation,
                List<String> topics, String street, String postalCode, String city, String description,
                String descriptionEn, String phone, String email, String website) {
            Place place = gazetteer.require(postalCode);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("organisation", organisation.id());
            p.put("types", List.of(SUCHT));
            p.put("topics", topics);
            p.put("description", description);
            p.put("description_en", descriptionEn);
            p.put("street", street);
            p.put("postalCode", postalCode);
            p.put("city", city);
            p.put("latitude", place.lat());
            p.put("longitude", place.lon());
            p.put("coordinatesApproximate", true);
            putIfSet(p, "phone", phone);
            putIfSet(p, "email", email);
            putIfSet(p, "website", website);
            p.put("languages", List.of("de"));
            organisation.locations++;
            return new Node(slug, "location", p, List.of());
        }

        private static void putIfSet(Map<String, Object> properties, String key, String value) {
            if (value != null) {
                properties.put(key, value);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Nationwide and online-only demo offers (/standorte/online)

    static final class OnlineOffers {

        static final int COUNT = 5;

        static List<Node> locations(Generator generator) {
            Organisation network = generator.organisation("netzwerk-online-beratung-deutschland",
                    "Netzwerk Online-Beratung Deutschland e. V. (Demo)", null);
            national(network, "Netzwerk Online-Beratung Deutschland (Demo)",
                    "<p>Gemeinnütziger Verein, der bundesweit Beratung per Chat, Video und E-Mail anbietet.</p>",
                    "<p>Non-profit association offering counselling by chat, video and email across Germany.</p>",
                    generator.phone(BERLIN));
            Organisation phoneLine = generator.organisation("verein-beratungstelefon-deutschland",
                    "Verein Beratungstelefon Deutschland e. V. (Demo)", null);
            national(phoneLine, "Verein Beratungstelefon Deutschland (Demo)",
                    "<p>Gemeinnütziger Verein, der bundesweite Beratungstelefone betreibt.</p>",
                    "<p>Non-profit association running nationwide advice lines.</p>", generator.phone(BERLIN));
            List<Node> offers = new ArrayList<>(List.of(
                    offer(network, "online-suchtberatung-chat", "Online-Suchtberatung im Chat (Demo)", List.of(SUCHT),
                            List.of("alkohol", "drogen", "medikamente", "spielsucht", "medien", "angehoerige"),
                            List.of("erwachsene", "junge-erwachsene", "angehoerige"), List.of("chat", "email"),
                            "Anonyme Beratung zu Alkohol, Drogen, Medikamenten, Glücksspiel und Medien im Chat oder per"
                                    + " E-Mail – von überall in Deutschland.",
                            "Anonymous advice on alcohol, drugs, medicines, gambling and media by chat or email –"
                                    + " from anywhere in Germany.", true, false, null),
                    offer(network, "schuldnerberatung-online", "Schuldnerberatung online per Video und E-Mail (Demo)",
                            List.of(SCHULDEN), List.of("p-konto", "insolvenz", "kredite", "haushaltsbudget",
                                    "energieschulden"),
                            List.of("erwachsene", "familien", "junge-erwachsene"), List.of("video", "email"),
                            "Schuldnerberatung per Videogespräch und E-Mail: Überblick über die Schulden, P-Konto,"
                                    + " Verhandlungen mit Gläubigern und Weg in die Privatinsolvenz.",
                            "Debt counselling by video call and email: an overview of your debts, protected accounts,"
                                    + " negotiating with creditors and the way to personal insolvency.", true, false,
                            null),
                    offer(network, "digitale-beratung-wohnungsnot", "Digitale Beratung bei Wohnungsnot (Demo)",
                            List.of(WOHNEN), List.of("mietschulden", "raeumung", "wohnungslosigkeit"),
                            List.of("erwachsene", "familien", "wohnungslose"), List.of("chat", "email"),
                            "Erste Hilfe bei drohendem Wohnungsverlust per Chat und E-Mail: was bei Mietschulden,"
                                    + " Kündigung und Räumung zu tun ist und wo es vor Ort weitergeht.",
                            "First help by chat and email if you are about to lose your home: what to do about rent"
                                    + " arrears, notice and eviction, and where to get help locally.", true, false,
                            null),
                    offer(phoneLine, "beratungstelefon-gluecksspiel", "Bundesweites Beratungstelefon Glücksspiel (Demo)",
                            List.of(SUCHT), List.of("spielsucht", "angehoerige"),
                            List.of("erwachsene", "angehoerige"), List.of("phone"),
                            "Telefonische Beratung für Menschen mit Glücksspielproblemen und ihre Angehörigen,"
                                    + " anonym und kostenlos.",
                            "Advice by phone for people with gambling problems and their relatives, anonymous and free"
                                    + " of charge.", false, true, generator.phone(BERLIN)),
                    offer(phoneLine, "jugend-chat-sucht-und-medien", "Jugend-Chat Sucht und Medien (Demo)",
                            List.of(SUCHT), List.of("medien", "drogen", "alkohol"),
                            List.of("jugendliche", "junge-erwachsene"), List.of("chat"),
                            "Chatberatung für junge Menschen zu Gaming, Social Media, Alkohol und Drogen.",
                            "Chat counselling for young people about gaming, social media, alcohol and drugs.", true,
                            true, null)));
            network.locations++;
            phoneLine.locations++;
            offers.sort(Comparator.comparing(Node::name));
            return offers;
        }

        private static void national(Organisation o, String shortName, String description, String descriptionEn,
                String phone) {
            o.properties.put("name", o.name);
            o.properties.put("shortName", shortName);
            o.properties.put("description", description + Generator.DEMO_NOTE_DE);
            o.properties.put("description_en", descriptionEn + Generator.DEMO_NOTE_EN);
            o.properties.put("website", "https://" + o.slug + ".example.org/");
            o.properties.put("email", "info@" + o.slug + ".example.org");
            o.properties.put("phone", phone);
        }

        /**
         * @param nationwide serves all of Germany (a hotline); {@code onlineOnly} offers have no office at all
         */
        private static Node offer(Organisation o, String slug, String name, List<String> types, List<String> topics,
                List<String> targetGroups, List<String> channels, String text, String textEn, boolean onlineOnly,
                boolean nationwide, String phone) {
            String base = "https://" + o.slug + ".example.org";
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("organisation", o.id());
            p.put("types", types);
            p.put("topics", topics);
            p.put("targetGroups", targetGroups);
            p.put("description", "<p>" + text + "</p>" + Generator.DEMO_NOTE_DE);
            p.put("description_en", "<p>" + textEn + "</p>" + Generator.DEMO_NOTE_EN);
            if (phone != null) {
                p.put("phone", phone);
            }
            p.put("email", slug + "@" + o.slug + ".example.org");
            p.put("website", base + "/angebote/" + slug);
            p.put("openingHoursNote", channels.contains("phone")
                    ? "Die Beratung ist kostenlos; es fallen nur Ihre üblichen Telefonkosten an."
                    : "E-Mails beantworten wir innerhalb von drei Werktagen.");
            p.put("openingHoursNote_en", channels.contains("phone")
                    ? "Counselling is free; you only pay your usual phone charges."
                    : "We answer emails within three working days.");
            p.put("onlineChannels", channels);
            p.put("onlineUrl", base + "/beratung/" + slug);
            p.put("anonymous", true);
            p.put("freeOfCharge", true);
            p.put("languages", slug.startsWith("online-sucht") ? List.of("de", "en", "tr") : List.of("de"));
            p.put("mainLocation", false);
            p.put("nationwide", nationwide);
            p.put("onlineOnly", onlineOnly);
            Map<String, Object> hours = new LinkedHashMap<>();
            hours.put("days", List.of("mo", "tu", "we", "th", "fr"));
            hours.put("opens", channels.contains("phone") ? "08:00" : "10:00");
            hours.put("closes", "20:00");
            hours.put("note", channels.contains("phone") ? "Telefonzeiten" : "Chat- und Videozeiten");
            hours.put("note_en", channels.contains("phone") ? "Phone hours" : "Chat and video hours");
            List<Map<String, Object>> hourList = new ArrayList<>(List.of(hours));
            p.put("openingHours", hourList);
            if (slug.equals("online-suchtberatung-chat")) {
                p.put("announcements", List.of(DemoLocation.announcement(new Label(
                        "Über die Feiertage ist der Chat am 24., 25. und 31. Dezember 2026 geschlossen.",
                        "Over the holidays the chat is closed on 24, 25 and 31 December 2026."),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))));
            }
            return new Node(slug, "location", p, List.of());
        }
    }
}
