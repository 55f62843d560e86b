package de.sozialplattform.cms.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AV-Vertrag as operators edit it: the shipped file, a new version, and mistakes that must not go live. */
class AgreementParserTest {

    /** Surefire runs in the module directory; the light modules of the checkout sit next to it. */
    private static final Path SHIPPED = Path.of("..", "light-modules");
    private static final String FILE = "sozialplattform/" + AgreementParser.FOLDER + "/" + Agreements.AV_VERTRAG + ".yaml";

    static LightModules load(Path dir) {
        return new LightModules(new LightModulesProperties(dir, Duration.ofMillis(50)), List.of(new AgreementParser()));
    }

    @Test
    void theShippedAgreementHasGermanAndEnglishParagraphs() {
        LightModules modules = load(SHIPPED);
        assertThat(modules.problems()).isEmpty();
        Agreement agreement = modules.definition(Agreement.class, Agreements.AV_VERTRAG).orElseThrow();
        assertThat(agreement.version()).isEqualTo("2026-11");
        assertThat(agreement.title(Locale.GERMAN)).contains("Auftragsverarbeitung");
        assertThat(agreement.paragraphs(Locale.GERMAN)).hasSize(5).first().asString().startsWith("Gegenstand:");
        assertThat(agreement.paragraphs(Locale.ENGLISH)).hasSize(5).first().asString().startsWith("Subject:");
        assertThat(agreement.language(Locale.forLanguageTag("ar"))).as("untranslated: German").isEqualTo("de");
    }

    @Test
    void aNewVersionIsReadWithoutABuildAndAMistakeKeepsTheLastGoodOne(@TempDir Path dir) throws IOException {
        write(dir, """
                version: "2027-01"
                title: {de: AV-Vertrag}
                text: {de: "Neu.\\n\\nZweiter Absatz."}
                """);
        LightModules modules = load(dir);
        Agreement agreement = modules.definition(Agreement.class, Agreements.AV_VERTRAG).orElseThrow();
        assertThat(agreement.version()).isEqualTo("2027-01");
        assertThat(agreement.paragraphs(Locale.ENGLISH)).containsExactly("Neu.", "Zweiter Absatz.");

        write(dir, """
                version: "2027-02"
                title: {en: Agreement}
                text: {en: "English only"}
                """);
        assertThat(modules.reload()).singleElement().asString().contains("German (de)");
        assertThat(modules.definition(Agreement.class, Agreements.AV_VERTRAG).orElseThrow().version())
                .as("the last good version stays in force").isEqualTo("2027-01");

        write(dir, """
                version: "2027 neu!"
                title: {de: AV-Vertrag}
                text: {de: Text}
                """);
        assertThat(modules.reload()).singleElement().asString().contains("version must be");
    }

    private static void write(Path root, String content) throws IOException {
        Path file = root.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
