package de.sozialplattform.search.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/** Renders real pages and reads the PDFs back with PDFBox; no Spring context. */
class PdfRendererTest {

    private static final String GERMAN = "Bürgergeld für Größere Haushalte – Übernahme";
    private static final String CYRILLIC = "Пособие";
    private static final String ARABIC = "إعانة";

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void rendersGermanCyrillicAndArabicWithEmbeddedDejaVu() throws IOException {
        byte[] bytes = renderer.render(page("""
                <h1>Ihre Ergebnisse</h1>
                <p>%s</p>
                <p lang="ru">%s</p>
                <p lang="ar" dir="rtl">%s</p>
                """.formatted(GERMAN, CYRILLIC, ARABIC)), null);

        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Ihre Ergebnisse", GERMAN, CYRILLIC, ARABIC);
            // openhtmltopdf draws '#' for a character no font has
            assertThat(text).doesNotContain("#");

            List<PDFont> fonts = onlyEmbeddedDejaVu(pdf);
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("+DejaVuSans"))
                    .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"));
        }
    }

    @Test
    void setsTitleLanguageAndTagsForAccessibility() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(page("<h1>Überschrift</h1><p>Text</p>"), null))) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Leistungen – Ergebnis");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(pdf.getDocumentInformation().getSubject())
                    .isEqualTo("Leistungen, die zu Ihrem Haushalt passen könnten");
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(), within());
        }
    }

    @Test
    void acceptsHtml5ThatIsNotXhtml() throws IOException {
        String html = "<!doctype html><html lang=de><title>Ohne XHTML</title><p>Erster Absatz<p>Zweiter Absatz<br>"
                + "<input disabled><p>Dritter &amp; letzter";
        try (PDDocument pdf = Loader.loadPDF(renderer.render(html, null))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Erster Absatz", "Zweiter Absatz",
                    "Dritter & letzter");
        }
    }

    @Test
    void fetchesNothingOverTheNetwork() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            String html = """
                    <!DOCTYPE html>
                    <html lang="de"><head><title>Fremde Quellen</title>
                    <link rel="stylesheet" href="%1$s/style.css">
                    <style>
                      @import url("%1$s/import.css");
                      @font-face { font-family: Fremd; src: url("%1$s/font.ttf"); }
                      body { font-family: Fremd, "DejaVu Sans", sans-serif; background: url("%1$s/bg.png"); }
                    </style></head>
                    <body><h1>Bilder</h1>
                    <img src="%1$s/x.png" alt="absolut">
                    <img src="relative.png" alt="relativ zur Basis">
                    <img src="https://127.0.0.1:%2$d/y.png" alt="https">
                    <a href="%1$s/anhang.txt" download="anhang.txt" rel="attachment">Anhang</a>
                    <object data="%1$s/seite.xhtml" type="text/html"></object>
                    </body></html>
                    """.formatted(origin, server.getAddress().getPort());

            byte[] viaDefaultBase = renderer.render(html, null);
            byte[] viaHostileBase = renderer.render(html, origin + "/");

            assertThat(requests).hasValue(0);
            try (PDDocument pdf = Loader.loadPDF(viaHostileBase)) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Bilder");
                onlyEmbeddedDejaVu(pdf);
            }
            assertThat(viaDefaultBase).isNotEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void readsDataUrisAndStyleSheetsFromTheClassPath() throws IOException {
        String html = """
                <!DOCTYPE html><html lang="de"><head><title>Quellen</title>
                <link rel="stylesheet" href="pdf-test/a5.css"></head>
                <body><p>Ein Bild:</p><img src="%s" alt="Punkt" width="20" height="20"></body></html>
                """.formatted(pngDataUri());
        try (PDDocument pdf = Loader.loadPDF(renderer.render(html, PdfRenderer.DEFAULT_BASE_URI))) {
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth(), within());
            assertThat(images(first.getResources())).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void refusesHtmlOverTheLimit() {
        String html = page("<p>" + "x".repeat(PdfRenderer.MAX_HTML_BYTES) + "</p>");
        assertThatThrownBy(() -> renderer.render(html, null))
                .isInstanceOf(HtmlTooLargeException.class)
                .hasMessageContaining(String.valueOf(PdfRenderer.MAX_HTML_BYTES));
        // counted in UTF-8 bytes, not characters: 1.1 M umlauts are 2.2 MB
        String umlauts = page("<p>" + "ä".repeat(1_100_000) + "</p>");
        assertThatThrownBy(() -> renderer.render(umlauts, null)).isInstanceOf(HtmlTooLargeException.class);
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String html = page("<h1>Seite " + i + "</h1><p>" + GERMAN + " " + CYRILLIC + "</p>");
                results.add(pool.submit(() -> renderer.render(html, null)));
            }
            for (int i = 0; i < results.size(); i++) {
                try (PDDocument pdf = Loader.loadPDF(results.get(i).get())) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("Seite " + i, GERMAN, CYRILLIC);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void quietsPdfBoxFontFallbackWarningUnlessConfigured() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        String logger = PdfRenderer.PDFBOX_FONT_FALLBACK_LOG;
        logging.setLogLevel(logger, LogLevel.DEBUG);
        PdfRenderer.quietFontFallbackWarning(logging);
        assertThat(logging.getLoggerConfiguration(logger).getConfiguredLevel()).isEqualTo(LogLevel.DEBUG);

        logging.setLogLevel(logger, null);
        PdfRenderer.quietFontFallbackWarning(logging);
        assertThat(logging.getLoggerConfiguration(logger).getConfiguredLevel()).isEqualTo(LogLevel.ERROR);
    }

    private static String page(String body) {
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head><meta charset="utf-8"><title>Leistungen – Ergebnis</title>
                <meta name="description" content="Leistungen, die zu Ihrem Haushalt passen könnten">
                <style>body { font-family: "DejaVu Sans", sans-serif; } h1 { font-weight: bold; }</style></head>
                <body>%s</body>
                </html>
                """.formatted(body);
    }

    /** Subsets of DejaVu Sans only, all embedded (PDF/UA); the PDF base fonts would not be. */
    private static List<PDFont> onlyEmbeddedDejaVu(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            assertThat(font.isEmbedded()).isTrue();
        });
        return fonts;
    }

    private static int images(PDResources resources) throws IOException {
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    private static String pngDataUri() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2060a0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static Offset<Float> within() {
        return Offset.offset(0.5f);
    }
}
