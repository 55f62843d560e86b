package de.sozialplattform.lightmodules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** The JSON Schema {@code schema/contentType.schema.json} accepts every shipped content type and rejects broken ones. */
class ContentTypeSchemaTest {

    /** Surefire runs in the module directory. */
    private static final Path SCHEMA = Path.of("schema", "contentType.schema.json");
    private static final Path CONTENT_TYPES = Path.of("sozialplattform", "contentTypes");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    static Stream<Path> shippedContentTypes() throws IOException {
        try (Stream<Path> files = Files.list(CONTENT_TYPES)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList().stream();
        }
    }

    @Test
    void shippedContentTypesAreFound() throws IOException {
        assertThat(shippedContentTypes().map(f -> f.getFileName().toString()))
                .contains("infoPage.yaml", "benefit.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedContentTypes")
    void everyShippedContentTypeMatchesTheSchema(Path file) throws IOException {
        assertThat(validate(Files.readString(file, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theSchemaIsItselfValid() throws IOException {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertThat(metaSchema.validate(JSON.readTree(SCHEMA.toFile()))).isEmpty();
    }

    @Test
    void everySimpleTypeOfTheLoaderIsAllowed() {
        List<String> spellings = Arrays.stream(PropertyType.values())
                .filter(t -> t != PropertyType.REFERENCE && t != PropertyType.SUBMODEL)
                .map(PropertyType::yamlName).toList();
        assertThat(spellings).hasSize(8);
        for (String spelling : spellings) {
            assertThat(validate(definition("    - name: value\n      type: " + spelling + "\n")))
                    .as(spelling).isEmpty();
        }
        assertThat(validate(definition("    - name: value\n      type: reference:benefit\n"))).isEmpty();
    }

    @Test
    void aMinimalDefinitionWithNamespacesIsValid() {
        assertThat(validate("""
                datasource:
                  workspace: tours
                  namespaces:
                    mt: https://www.magnolia-cms.com/jcr/mgnl/1.0
                model:
                  nodeType: mt:tour
                  properties:
                    - name: title
                """)).isEmpty();
    }

    static Stream<Arguments> brokenDefinitions() {
        return Stream.of(
                Arguments.of("unknown top-level key", """
                        datasource:
                          workspace: pages
                        model:
                          properties:
                            - name: title
                        templates: {}
                        """, "additionalProperties", ""),
                Arguments.of("unknown property key", definition("    - name: title\n      label: Titel\n"),
                        "additionalProperties", "/model/properties/0"),
                Arguments.of("bad type name", definition("    - name: title\n      type: List<String>\n"),
                        "pattern", "/model/properties/0/type"),
                Arguments.of("reference without target", definition("    - name: page\n      type: 'reference:'\n"),
                        "pattern", "/model/properties/0/type"),
                Arguments.of("property name with underscore", definition("    - name: title_en\n"),
                        "pattern", "/model/properties/0/name"),
                Arguments.of("flag that is not a boolean", definition("    - name: title\n      i18n: [true]\n"),
                        "type", "/model/properties/0/i18n"),
                Arguments.of("missing workspace", """
                        datasource:
                          autoCreate: true
                        model:
                          properties: []
                        """, "required", "/datasource"),
                Arguments.of("sub-model without properties", """
                        datasource:
                          workspace: pages
                        model:
                          properties: []
                          subModels:
                            - name: section
                        """, "required", "/model/subModels/0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDefinitions")
    void theSchemaRejectsBrokenDefinitions(String what, String yaml, String keyword, String pointer) {
        List<Error> errors = validate(yaml);
        assertThat(errors).as(what).isNotEmpty();
        assertThat(errors).as(what).anySatisfy(error -> {
            assertThat(error.getKeyword()).isEqualTo(keyword);
            assertThat(error.getInstanceLocation().toString()).isEqualTo(pointer);
        });
        // The loader rejects them as well, so schema and loader agree.
        assertThatThrownBy(() -> new ContentTypeParser().parse("broken", new YamlNode(new Yaml().compose(
                new StringReader(yaml))))).as(what).isInstanceOf(DefinitionException.class);
    }

    private static String definition(String properties) {
        return "datasource:\n  workspace: pages\nmodel:\n  properties:\n" + properties;
    }

    private static List<Error> validate(String yaml) {
        Object document = new Yaml().load(yaml);
        JsonNode json = JSON.valueToTree(document);
        return schema.validate(json);
    }
}
