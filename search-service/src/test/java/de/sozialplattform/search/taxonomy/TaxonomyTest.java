package de.sozialplattform.search.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialplattform.lightmodules.DefinitionProblem;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import de.sozialplattform.lightmodules.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {

    /** Surefire runs in the module directory; the light modules of the checkout sit next to it. */
    private static final Path SHIPPED = Path.of("..", "light-modules");
    private static final String TYPES = "sozialplattform/" + CounsellingTypeParser.FOLDER + "/";

    static LightModules load(Path dir) {
        return new LightModules(new LightModulesProperties(dir, Duration.ofMillis(50)),
                List.of(new CounsellingTypeParser()));
    }

    static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Nested
    class Shipped {

        private final LightModules modules = load(SHIPPED);
        private final Taxonomy taxonomy = new Taxonomy(modules);

        @Test
        void loadsWithoutProblems() {
            assertThat(modules.problems()).isEmpty();
        }

        @Test
        void typesInOrder() {
            assertThat(taxonomy.types()).extracting(CounsellingType::id)
                    .containsExactly("suchtberatung", "schuldnerberatung", "wohnungsnothilfe");
            assertThat(taxonomy.type("suchtberatung").orElseThrow().topics()).containsExactly("alkohol",
                    "drogen", "medikamente", "spielsucht", "essstoerungen", "medien", "angehoerige", "tabak");
            assertThat(taxonomy.type("beratung")).isEmpty();
            assertThat(taxonomy.type(null)).isEmpty();
            assertThat(taxonomy.isType("schuldnerberatung")).isTrue();
            assertThat(taxonomy.isType("Schuldnerberatung")).isFalse();
        }

        @Test
        void topicsOfAllTypesOnceEach() {
            assertThat(taxonomy.topics()).contains("alkohol", "p-konto", "insolvenz", "mietschulden",
                    "wohnungslosigkeit", "raeumung", "notunterkunft", "postadresse").doesNotHaveDuplicates();
            // mietschulden belongs to two types and is listed once, where it first appears
            assertThat(taxonomy.topics().stream().filter("mietschulden"::equals)).hasSize(1);
            assertThat(taxonomy.topics()).startsWith("alkohol");
            assertThat(taxonomy.isTopic("p-konto")).isTrue();
            assertThat(taxonomy.isTopic("P-Konto")).isFalse();
            assertThat(taxonomy.isTopic("suchtberatung")).isFalse();
            assertThat(taxonomy.isTopic(null)).isFalse();
            assertThatThrownBy(() -> taxonomy.topics().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void fixedLists() {
            assertThat(taxonomy.targetGroups()).containsExactly("jugendliche", "junge-erwachsene", "erwachsene",
                    "familien", "frauen", "maenner", "senioren", "angehoerige", "migrantinnen", "lgbtiq",
                    "wohnungslose");
            assertThat(taxonomy.channels()).containsExactly("chat", "video", "email", "phone");
        }

        @Test
        void everyIdHasAGermanAndAnEnglishLabel() {
            Messages messages = modules.messages();
            for (String language : List.of("de", "en")) {
                taxonomy.types().forEach(type -> assertLabel(messages, Taxonomy.TYPE, type.id(), language));
                taxonomy.topics().forEach(topic -> assertLabel(messages, Taxonomy.TOPIC, topic, language));
                taxonomy.targetGroups().forEach(group -> assertLabel(messages, Taxonomy.TARGET_GROUP, group, language));
                taxonomy.channels().forEach(channel -> assertLabel(messages, Taxonomy.CHANNEL, channel, language));
            }
        }

        private static void assertLabel(Messages messages, String kind, String id, String language) {
            String key = "adviceCentres." + kind + "." + id;
            assertThat(messages.language(language)).as(language + ": " + key).containsKey(key);
        }

        @Test
        void labels() {
            assertThat(taxonomy.label(Taxonomy.TYPE, "suchtberatung", "de")).isEqualTo("Suchtberatung");
            assertThat(taxonomy.label(Taxonomy.TYPE, "suchtberatung", "en")).isEqualTo("Addiction counselling");
            assertThat(taxonomy.label(Taxonomy.TOPIC, "spielsucht", "de")).isEqualTo("Glücksspiel und Spielsucht");
            assertThat(taxonomy.label(Taxonomy.TARGET_GROUP, "maenner", "en")).isEqualTo("Men");
            assertThat(taxonomy.label(Taxonomy.CHANNEL, "email", "de")).isEqualTo("E-Mail");
            // German is the fallback for a language without bundle, and for no language at all
            assertThat(taxonomy.label(Taxonomy.TOPIC, "p-konto", "fr")).isEqualTo("Pfändungsschutzkonto (P-Konto)");
            assertThat(taxonomy.label(Taxonomy.TOPIC, "p-konto", null)).isEqualTo("Pfändungsschutzkonto (P-Konto)");
            // an id without a label shows as itself
            assertThat(taxonomy.label(Taxonomy.TOPIC, "unbekannt", "en")).isEqualTo("unbekannt");
            assertThatThrownBy(() -> taxonomy.label("colour", "rot", "de"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
        }
    }

    @Nested
    class Definitions {

        @TempDir
        Path dir;

        private static final String VALID = """
                order: 1
                topics: [alkohol, drogen]
                """;

        /** Loads {@code yaml} as {@code x.yaml} next to a valid type; returns the one problem. */
        private DefinitionProblem problemOf(String yaml) throws IOException {
            write(dir, TYPES + "suchtberatung.yaml", VALID);
            write(dir, TYPES + "x.yaml", yaml);
            LightModules modules = load(dir);
            assertThat(new Taxonomy(modules).types()).extracting(CounsellingType::id).containsExactly("suchtberatung");
            assertThat(modules.problems()).hasSize(1);
            DefinitionProblem problem = modules.problems().get(0);
            assertThat(problem.file()).isEqualTo(TYPES + "x.yaml");
            return problem;
        }

        @Test
        void missingOrder() throws IOException {
            DefinitionProblem problem = problemOf("# a comment\ntopics: [alkohol]\n");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("'order' is missing in a counselling type");
        }

        @Test
        void orderThatIsNoNumber() throws IOException {
            DefinitionProblem problem = problemOf("order: first\ntopics: [alkohol]\n");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.reason()).isEqualTo("order must be a whole number, not 'first'");
        }

        @Test
        void missingTopics() throws IOException {
            DefinitionProblem problem = problemOf("order: 2\n");
            assertThat(problem.reason()).isEqualTo("'topics' is missing in a counselling type");
        }

        @Test
        void emptyTopics() throws IOException {
            DefinitionProblem problem = problemOf("order: 2\ntopics: []\n");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("topics must list at least one topic");
        }

        @Test
        void topicsThatAreNoList() throws IOException {
            DefinitionProblem problem = problemOf("order: 2\ntopics: alkohol\n");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("topics must be a list");
        }

        @Test
        void invalidTopicIdNamesItsLine() throws IOException {
            DefinitionProblem problem = problemOf("""
                    order: 2
                    topics:
                      - p-konto
                      - Mietschulden
                    """);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).startsWith("topic 'Mietschulden' is not a valid id");
        }

        @Test
        void duplicateTopic() throws IOException {
            DefinitionProblem problem = problemOf("order: 2\ntopics:\n  - insolvenz\n  - insolvenz\n");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).isEqualTo("topic 'insolvenz' is listed twice");
        }

        @Test
        void unknownKey() throws IOException {
            DefinitionProblem problem = problemOf("order: 2\ntopics: [insolvenz]\nlabel: Schulden\n");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("unknown key 'label' in a counselling type");
        }

        @Test
        void invalidFileName() throws IOException {
            write(dir, TYPES + "Schulden.yaml", VALID);
            LightModules modules = load(dir);
            assertThat(new Taxonomy(modules).types()).isEmpty();
            assertThat(modules.problems()).singleElement().satisfies(problem ->
                    assertThat(problem.reason()).contains("'Schulden' is not a valid counselling-type id"));
        }

        @Test
        void aNewFileIsANewTypeWithoutCode() throws IOException {
            write(dir, TYPES + "suchtberatung.yaml", VALID);
            LightModules modules = load(dir);
            Taxonomy taxonomy = new Taxonomy(modules);
            assertThat(taxonomy.isType("familienberatung")).isFalse();

            write(dir, TYPES + "familienberatung.yaml", "order: 0\ntopics: [erziehung, trennung]\n");
            assertThat(modules.reload()).isEmpty();
            assertThat(taxonomy.types()).extracting(CounsellingType::id)
                    .containsExactly("familienberatung", "suchtberatung");
            assertThat(taxonomy.isTopic("trennung")).isTrue();
        }
    }
}
