package de.sozialplattform.cms.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * The parser against real and hostile files, generated here, in real child JVMs. Each hostile kind is a named
 * regression: it must end as a clear refusal naming {@code file}, and the next good file must still be read.
 */
class UntrustedFileParserIT {

    private static UntrustedFileParser parser;

    @BeforeAll
    static void start() {
        parser = new UntrustedFileParser(new AssetsProperties(DataSize.ofMegabytes(2), 50_000, List.of(
                "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "text/plain", "image/png"), Duration.ofSeconds(60), "256m", 1, Duration.ofMinutes(5), 100,
                10_000, 100, 5));
        long started = System.nanoTime();
        parser.parse(AssetFixtures.text("kalt"), "kalt.txt");
        System.out.printf("first file (child JVM start + parse): %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        parser.destroy();
    }

    @Test
    void aRealPdfYieldsItsExactTextAndMetadata() {
        long started = System.nanoTime();
        ParsedFile parsed = parser.parse(AssetFixtures.pdf("Flyer Schuldnerberatung", "Caritas Test",
                "Erste Seite mit Quokkawort", "Zweite Seite Schuldnerberatung"), "flyer.pdf");
        System.out.printf("first PDF: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(parsed.mediaType()).isEqualTo("application/pdf");
        assertThat(parsed.text()).isEqualTo("Erste Seite mit Quokkawort\n\nZweite Seite Schuldnerberatung");
        assertThat(parsed.title()).isEqualTo("Flyer Schuldnerberatung");
        assertThat(parsed.author()).isEqualTo("Caritas Test");
        assertThat(parsed.pages()).isEqualTo(2);

        started = System.nanoTime();
        parser.parse(AssetFixtures.pdf("Zwei", "Test", "noch eine Seite"), "zwei.pdf");
        System.out.printf("second PDF (warm child): %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aPageWithOneWordIsReadWithoutOcr() {
        // Tika's automatic OCR of pages with little text failed without Tesseract (a NullPointerException).
        assertThat(parser.parse(AssetFixtures.pdf("Kurz", "Test", "Seite"), "kurz.pdf").text()).isEqualTo("Seite");
    }

    @Test
    void wordAndPlainTextAndImagesAreAccepted() {
        assertThat(parser.parse(AssetFixtures.docx("Antrag auf Wohngeld"), "antrag.docx").text())
                .isEqualTo("Antrag auf Wohngeld");
        assertThat(parser.parse(AssetFixtures.text("Öffnungszeiten: Mo–Fr"), "zeiten.txt").mediaType())
                .isEqualTo("text/plain");
        ParsedFile image = parser.parse(AssetFixtures.png(20, 10), "logo.png");
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.image()).isTrue();
    }

    @Test
    void zipBombsInWordDocumentsAreRefused() {
        // 30 MB of paragraphs: the character cap stops it long before the whole expands.
        assertRefused(AssetFixtures.docxParagraphBomb(30), "bomb.docx", HttpStatus.UNPROCESSABLE_CONTENT,
                "more than 50000 characters");
        // One 60 MB run of text: the child's capped heap runs out, the child ends, this JVM is untouched.
        assertRefused(AssetFixtures.docxZipBomb(60), "run.docx", HttpStatus.UNPROCESSABLE_CONTENT, "zip bomb");
        stillHealthy();
    }

    @Test
    void deeplyNestedArchivesAreNotUnpacked() {
        assertRefused(AssetFixtures.nestedZip(12), "nested.zip", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/zip");
        // Inside a Word document nothing embedded is followed: only the document's own text comes back.
        assertThat(parser.parse(AssetFixtures.docxWithNestedArchives(12), "nested.docx").text()).isEqualTo("Eingebettet");
        stillHealthy();
    }

    @Test
    void damagedPdfsAreRefused() {
        assertRefused(AssetFixtures.brokenPdf(), "kaputt.pdf", HttpStatus.UNPROCESSABLE_CONTENT, "cannot be read");
        assertRefused(AssetFixtures.truncatedPdf(), "halb.pdf", HttpStatus.UNPROCESSABLE_CONTENT, "cannot be read");
        stillHealthy();
    }

    @Test
    void aLyingExtensionIsCaughtByTheContent() {
        assertThat(assertRefused(AssetFixtures.html(), "flyer.pdf", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "text/html")
                .properties()).containsEntry("detectedType", "text/html");
        assertRefused(AssetFixtures.png(4, 4), "flyer.pdf", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "named .pdf but its content is image/png");
    }

    @Test
    void aFileOverTheSizeCapIsRefusedBeforeParsing() {
        assertRefused(new byte[(int) DataSize.ofMegabytes(2).toBytes() + 1], "gross.pdf", HttpStatus.CONTENT_TOO_LARGE,
                "larger than the limit");
    }

    @Test
    void textOverTheCharacterCapIsRefused() {
        assertRefused(AssetFixtures.text("Beratung ".repeat(10_000)), "lang.txt", HttpStatus.UNPROCESSABLE_CONTENT,
                "more than 50000 characters");
        assertRefused(AssetFixtures.pdf("Lang", "Test", "x".repeat(90), "y".repeat(90)), "kurz.pdf", null, null);
    }

    private static RejectedFileException assertRefused(byte[] file, String name, HttpStatus status, String message) {
        RejectedFileException e = catchThrowableOfType(RejectedFileException.class, () -> parser.parse(file, name));
        if (status == null) {
            assertThat(e).as("accepted").isNull();
            return null;
        }
        assertThat(e).as(name + " refused").isNotNull();
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.getMessage()).contains(message);
        assertThat(e.properties().get("errors").toString()).contains("field=file");
        return e;
    }

    private static void stillHealthy() {
        assertThat(parser.parse(AssetFixtures.text("noch gesund"), "ok.txt").text()).isEqualTo("noch gesund");
    }
}
