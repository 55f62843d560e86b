package de.sozialplattform.lightmodules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LightModulesTest {

    static final String TYPES = "sozialplattform/contentTypes/";

    static LightModules load(Path dir) {
        return new LightModules(new LightModulesProperties(dir, Duration.ofMillis(50)), List.of(new ContentTypeParser()));
    }

    static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static final String PAGE = """
            datasource:
              workspace: pages
            model:
              properties:
                - name: title
                  type: String
                  i18n: true
            """;

    @Nested
    class ShippedDefinitions {

        private final LightModules modules = load(null);

        @Test
        void loadWithoutProblems() {
            assertThat(modules.problems()).isEmpty();
            assertThat(modules.contentTypes()).containsOnlyKeys("infoPage", "benefit", "organisation", "location", "asset");
            assertThat(modules.workspaces()).containsExactly("adviceCentres", "assets", "benefits", "pages");
            assertThat(modules.contentTypeOf("pages", "infoPage")).containsSame(modules.contentTypes().get("infoPage"));
            assertThat(modules.contentTypeOf("benefits", "infoPage")).isEmpty();
        }

        @Test
        void infoPage() {
            ContentType page = modules.contentTypes().get("infoPage");
            assertThat(page.workspace()).isEqualTo("pages");
            assertThat(page.nodeType()).isEqualTo("infoPage");
            assertThat(page.properties())
                    .extracting(PropertyDefinition::name, PropertyDefinition::type, PropertyDefinition::target,
                            PropertyDefinition::i18n, PropertyDefinition::multiple, PropertyDefinition::required)
                    .containsExactly(
                            tuple("title", PropertyType.STRING, null, true, false, true),
                            tuple("teaser", PropertyType.STRING, null, true, false, false),
                            tuple("summary", PropertyType.RICH_TEXT, null, true, false, false),
                            tuple("sections", PropertyType.SUBMODEL, "section", false, true, false),
                            tuple("categories", PropertyType.STRING, null, false, true, true),
                            tuple("topic", PropertyType.STRING, null, false, false, false),
                            tuple("lastReviewed", PropertyType.DATE, null, false, false, true),
                            tuple("reviewBy", PropertyType.DATE, null, false, false, false),
                            tuple("attachments", PropertyType.REFERENCE, "asset", false, true, false));
            assertThat(page.subModels()).containsOnlyKeys("section");
            assertThat(page.subModels().get("section").properties()).containsExactly(
                    new PropertyDefinition("heading", PropertyType.STRING, null, true, false, true),
                    new PropertyDefinition("body", PropertyType.RICH_TEXT, null, true, false, true));
        }

        @Test
        void benefit() {
            ContentType benefit = modules.contentTypes().get("benefit");
            assertThat(benefit.workspace()).isEqualTo("benefits");
            assertThat(benefit.nodeType()).isEqualTo("benefit");
            assertThat(benefit.subModels()).isEmpty();
            assertThat(benefit.properties()).extracting(PropertyDefinition::name).containsExactly("finderId", "title",
                    "shortDescription", "leikaKey", "ozgId", "legalBasis", "infoPage", "applicationUrl");
            assertThat(benefit.property("finderId")).contains(
                    new PropertyDefinition("finderId", PropertyType.STRING, null, false, false, true));
            assertThat(benefit.property("title")).contains(
                    new PropertyDefinition("title", PropertyType.STRING, null, true, false, true));
            assertThat(benefit.property("ozgId")).contains(
                    new PropertyDefinition("ozgId", PropertyType.LONG, null, false, false, false));
            assertThat(benefit.property("infoPage")).contains(
                    new PropertyDefinition("infoPage", PropertyType.REFERENCE, "infoPage", false, false, false));
            assertThat(benefit.property("nope")).isEmpty();
        }

        @Test
        void messagesInGermanAndEnglish() {
            Messages messages = modules.messages();
            assertThat(messages.languages()).containsExactlyInAnyOrder("de", "en");
            assertThat(messages.get("infoPage.summary", "de")).isEqualTo("Das Wichtigste in Kürze");
            assertThat(messages.get("infoPage.summary", "en")).isEqualTo("Key facts at a glance");
            assertThat(messages.get("status.published", "fr")).isEqualTo("Veröffentlicht");
            assertThat(messages.get("no.such.key", "en")).isEqualTo("no.such.key");
            assertThat(messages.find("no.such.key", "de")).isEmpty();
            // every property of every shipped type has a German label
            modules.contentTypes().values().forEach(type -> type.properties().forEach(property ->
                    assertThat(messages.find(type.name() + "." + property.name(), "de"))
                            .as(type.name() + "." + property.name()).isPresent()));
        }
    }

    @Nested
    class Problems {

        @TempDir
        Path dir;

        /** Loads {@code yaml} as {@code x.yaml} next to a valid {@code page.yaml}; returns the one problem. */
        private DefinitionProblem problemOf(String yaml) throws IOException {
            write(dir, TYPES + "page.yaml", PAGE);
            write(dir, TYPES + "x.yaml", yaml);
            LightModules modules = load(dir);
            assertThat(modules.contentTypes()).containsOnlyKeys("page"); // the other file is unaffected
            assertThat(modules.problems()).hasSize(1);
            DefinitionProblem problem = modules.problems().get(0);
            assertThat(problem.file()).isEqualTo(TYPES + "x.yaml");
            return problem;
        }

        @Test
        void unknownType() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties:
                        - name: title
                          type: Strin
                    """);
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.reason()).contains("unknown type 'Strin'", "property 'title'", "String, richText");
            assertThat(problem).hasToString(TYPES + "x.yaml:6: " + problem.reason());
        }

        @Test
        void missingWorkspace() throws IOException {
            DefinitionProblem problem = problemOf("""
                    # comment
                    datasource:
                      autoCreate: true
                    model:
                      properties: []
                    """);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("'workspace' is missing in datasource");
        }

        @Test
        void missingDatasource() throws IOException {
            DefinitionProblem problem = problemOf("""

                    model:
                      properties: []
                    """);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("'datasource' is missing in the content type");
        }

        @Test
        void unknownKeyWithScalarValue() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties:
                        - name: title
                          label: Titel
                    """);
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.reason()).contains("unknown key 'label' in a property", "allowed: name, type");
        }

        @Test
        void unknownKeyWithNestedValuePointsAtTheKey() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties: []
                    templates:
                      detail: page.ftl
                    """);
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.reason()).startsWith("unknown key 'templates' in the content type");
        }

        @Test
        void duplicateProperty() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties:
                        - name: title
                        - name: teaser
                        - name: title
                          type: richText
                    """);
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.reason()).isEqualTo("property 'title' is defined twice in model");
        }

        @Test
        void duplicateKey() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                      workspace: other
                    model:
                      properties: []
                    """);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).isEqualTo("'workspace' appears twice in datasource");
        }

        @Test
        void invalidYamlSyntax() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties: [title, teaser
                    other: 1
                    """);
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.reason()).startsWith("not valid YAML: expected ',' or ']'");
        }

        @Test
        void badIndentation() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                     autoCreate: true
                    model:
                      properties: []
                    """);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("not valid YAML");
        }

        @Test
        void emptyFile() throws IOException {
            DefinitionProblem problem = problemOf("# nothing yet\n");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.reason()).isEqualTo("the file is empty");
        }

        @Test
        void wrongShape() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties:
                        name: title
                    """);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).isEqualTo("properties of model must be a list");
        }

        @Test
        void notABoolean() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties:
                        - name: title
                          i18n: yes
                    """);
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.reason()).isEqualTo("i18n must be true or false, not 'yes'");
        }

        @Test
        void referenceToAMissingContentType() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties:
                        - name: title
                        - name: related
                          type: reference:page
                        - name: author
                          type: reference:person
                    """);
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.reason())
                    .isEqualTo("property 'author' refers to content type 'person', which does not exist");
        }

        @Test
        void referenceToAMissingContentTypeInASubModel() throws IOException {
            DefinitionProblem problem = problemOf("""
                    datasource:
                      workspace: pages
                    model:
                      properties:
                        - name: links
                          type: link
                          multiple: true
                      subModels:
                        - name: link
                          properties:
                            - name: target
                              type: reference:nowhere
                    """);
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.reason()).contains("'target' refers to content type 'nowhere'");
        }

        @Test
        void fileNameThatIsNotANodeType() throws IOException {
            write(dir, TYPES + "info-page.yaml", PAGE);
            LightModules modules = load(dir);
            assertThat(modules.contentTypes()).isEmpty();
            assertThat(modules.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo(TYPES + "info-page.yaml");
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.reason()).contains("'info-page' is not a valid nodeType");
            });
        }

        @Test
        void sameIdInTwoModules() throws IOException {
            write(dir, "a/contentTypes/page.yaml", PAGE);
            write(dir, "b/contentTypes/page.yaml", PAGE.replace("pages", "other"));
            LightModules modules = load(dir);
            assertThat(modules.contentTypes().get("page").workspace()).isEqualTo("pages");
            assertThat(modules.problems()).containsExactly(
                    new DefinitionProblem("b/contentTypes/page.yaml", 0, "'page' is also defined in a/contentTypes/page.yaml"));
        }

        @Test
        void filesThatAreNotTextDoNotGetInTheWay() throws IOException {
            write(dir, TYPES + "page.yaml", PAGE);
            Files.write(dir.resolve("sozialplattform/.DS_Store"), new byte[] {0, (byte) 0xff, (byte) 0xfe, (byte) 0xc3});
            Files.write(dir.resolve("sozialplattform/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff});
            LightModules modules = load(dir);
            assertThat(modules.problems()).isEmpty();
            assertThat(modules.contentTypes()).containsOnlyKeys("page");
        }
    }

    @Nested
    class Reloading {

        @TempDir
        Path dir;

        @Test
        void anInvalidChangeKeepsTheLastGoodDefinition() throws IOException {
            write(dir, TYPES + "page.yaml", PAGE);
            LightModules modules = load(dir);
            ContentType good = modules.contentTypes().get("page");
            assertThat(good.property("title")).isPresent();

            write(dir, TYPES + "page.yaml", PAGE.replace("type: String", "type: Text"));
            List<DefinitionProblem> problems = modules.reload();

            assertThat(problems).containsExactly(new DefinitionProblem(TYPES + "page.yaml", 6,
                    "unknown type 'Text' of property 'title' (use String, richText, Boolean, Long, Double, Decimal,"
                            + " Date, asset, reference:<type> or a sub-model name)"));
            assertThat(modules.problems()).isEqualTo(problems);
            assertThat(modules.contentTypes().get("page")).isEqualTo(good);

            // still the same after another reload: the last good version is carried over
            assertThat(modules.reload()).hasSize(1);
            assertThat(modules.contentTypes().get("page")).isEqualTo(good);

            // fixed: the new version applies and the problem is gone
            write(dir, TYPES + "page.yaml", PAGE.replace("type: String", "type: richText"));
            assertThat(modules.reload()).isEmpty();
            assertThat(modules.problems()).isEmpty();
            assertThat(modules.contentTypes().get("page").property("title"))
                    .hasValueSatisfying(p -> assertThat(p.type()).isEqualTo(PropertyType.RICH_TEXT));
        }

        @Test
        void anInvalidNewFileIsReportedButNotApplied() throws IOException {
            write(dir, TYPES + "page.yaml", PAGE);
            LightModules modules = load(dir);
            write(dir, TYPES + "news.yaml", "datasource: {}\n");
            assertThat(modules.reload()).extracting(DefinitionProblem::file).containsExactly(TYPES + "news.yaml");
            assertThat(modules.contentTypes()).containsOnlyKeys("page");
        }

        @Test
        void deletingAFileRemovesItsDefinition() throws IOException {
            write(dir, TYPES + "page.yaml", PAGE);
            write(dir, TYPES + "news.yaml", PAGE.replace("pages", "news"));
            LightModules modules = load(dir);
            assertThat(modules.contentTypes()).containsOnlyKeys("page", "news");
            assertThat(modules.workspaces()).containsExactly("news", "pages");

            Files.delete(dir.resolve(TYPES + "news.yaml"));
            assertThat(modules.reload()).isEmpty();
            assertThat(modules.contentTypes()).containsOnlyKeys("page");
            assertThat(modules.workspaces()).containsExactly("pages");
        }

        @Test
        void deletingAReferencedTypeKeepsTheReferringOneAndReportsIt() throws IOException {
            write(dir, TYPES + "page.yaml", PAGE);
            write(dir, TYPES + "teaser.yaml", """
                    datasource:
                      workspace: teasers
                    model:
                      properties:
                        - name: page
                          type: reference:page
                    """);
            LightModules modules = load(dir);
            ContentType teaser = modules.contentTypes().get("teaser");
            assertThat(modules.problems()).isEmpty();

            Files.delete(dir.resolve(TYPES + "page.yaml"));
            assertThat(modules.reload()).containsExactly(new DefinitionProblem(TYPES + "teaser.yaml", 6,
                    "property 'page' refers to content type 'page', which does not exist"));
            assertThat(modules.contentTypes()).containsOnlyKeys("teaser");
            assertThat(modules.contentTypes().get("teaser")).isEqualTo(teaser);
        }

        @Test
        void anInvalidBundleKeepsItsLastGoodMessages() throws IOException {
            write(dir, TYPES + "page.yaml", PAGE);
            write(dir, "sozialplattform/i18n/site-messages_en.properties", "page.title=Title\n");
            LightModules modules = load(dir);
            assertThat(modules.messages().get("page.title", "en")).isEqualTo("Title");

            write(dir, "sozialplattform/i18n/site-messages_en.properties", "page.title=Title \\u00zz\n");
            assertThat(modules.reload()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("sozialplattform/i18n/site-messages_en.properties");
                assertThat(problem.reason()).startsWith("not a valid properties file");
            });
            assertThat(modules.messages().get("page.title", "en")).isEqualTo("Title");
        }
    }

    @Nested
    class MessageBundles {

        @TempDir
        Path dir;

        @Test
        void germanIsTheDefaultAndTheFallback() throws IOException {
            write(dir, "sozialplattform/i18n/site-messages_de.properties", """
                    page.title=Titel
                    page.teaser=Anreißer
                    """);
            write(dir, "sozialplattform/i18n/site-messages_en.properties", "page.title=Title\n");
            write(dir, "other/i18n/forms/form-messages.properties", "form.send=Absenden\n"); // no language: German
            write(dir, "other/i18n/forms/form-messages_en.properties", "form.send=Send\n");
            Messages messages = load(dir).messages();

            assertThat(messages.languages()).containsExactlyInAnyOrder("de", "en");
            assertThat(messages.get("page.title", "en")).isEqualTo("Title");
            assertThat(messages.get("page.teaser", "en")).isEqualTo("Anreißer");
            assertThat(messages.get("page.title", "fr")).isEqualTo("Titel");
            assertThat(messages.get("form.send", "de")).isEqualTo("Absenden");
            assertThat(messages.get("form.send", "en")).isEqualTo("Send");
            assertThat(messages.language("en")).containsOnlyKeys("page.title", "form.send");
            assertThat(messages.language("fr")).isEmpty();
            assertThat(messages.get("missing", "en")).isEqualTo("missing");
        }

        @Test
        void messagesCannotBeChangedFromOutside() throws IOException {
            write(dir, "sozialplattform/i18n/site-messages_de.properties", "page.title=Titel\n");
            Messages messages = load(dir).messages();
            assertThat(messages.language("de")).isUnmodifiable();
        }
    }
}
