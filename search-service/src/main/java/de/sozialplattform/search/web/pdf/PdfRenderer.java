package de.sozialplattform.search.web.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.bidi.support.ICUTransformers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.stereotype.Component;

/**
 * Turns a citizen page (HTML5, need not be XHTML) into a tagged PDF (PDF/UA) on A4 unless the page's CSS says
 * otherwise. Text is set in {@value PdfFonts#FAMILY} (embedded as a subset), so style sheets for print say
 * {@code font-family: "DejaVu Sans", sans-serif}. Right-to-left scripts are reordered and Arabic is shaped (ICU).
 * Title, language and description of the PDF come from {@code <title>}, {@code <html lang>} and
 * {@code <meta name="description">} (PDF/UA needs all three; openhtmltopdf warns in the log when one is missing).
 *
 * <p>Nothing is fetched over the network: relative URIs resolve against {@code baseUri}, and only {@code data:} URIs
 * and class-path resources under {@code static/}, {@code pdf/} and {@code fonts/} are read (for example
 * {@code <link rel="stylesheet" href="css/print.css">} with the base {@value #DEFAULT_BASE_URI}). Anything else is
 * left out of the PDF.
 *
 * <p>Thread-safe; the fonts are read once, on first use.
 */
@Component
public class PdfRenderer {

    /** Where relative URIs of a page point when the caller gives no base. */
    public static final String DEFAULT_BASE_URI = "classpath:/static/";

    /** The largest HTML document (UTF-8 bytes) the renderer accepts. */
    public static final int MAX_HTML_BYTES = 2 * 1024 * 1024;

    /**
     * openhtmltopdf sets up (unused, never saved) Helvetica form resources for every PDF, and PDFBox warns each time
     * that no system font matches Helvetica. The PDFs embed only DejaVu.
     */
    static final String PDFBOX_FONT_FALLBACK_LOG = "org.apache.pdfbox.pdmodel.font.PDType1Font";

    private static final Locale DEFAULT_LOCALE = Locale.GERMAN;

    static {
        // openhtmltopdf's messages go to SLF4J like everything else, not to its own console handler
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final PdfFonts fonts = new PdfFonts();

    /** For use without Spring (tests, tools). */
    public PdfRenderer() {
    }

    @Autowired
    PdfRenderer(ObjectProvider<LoggingSystem> loggingSystem) {
        loggingSystem.ifAvailable(PdfRenderer::quietFontFallbackWarning);
    }

    /**
     * Renders {@code html} into a new PDF.
     *
     * @param baseUri base for relative URIs in the page, such as {@code classpath:/static/}; {@code null} means
     *     {@link #DEFAULT_BASE_URI}
     * @throws HtmlTooLargeException if the page is larger than {@link #MAX_HTML_BYTES}
     * @throws PdfRenderException if the PDF cannot be produced
     */
    public byte[] render(String html, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(html, baseUri, out);
        return out.toByteArray();
    }

    /**
     * Renders {@code html} as a PDF into {@code out}, which stays open. Nothing is written if the page is too large.
     *
     * @see #render(String, String)
     */
    public void render(String html, String baseUri, OutputStream out) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(out, "out");
        if (utf8Length(html) > MAX_HTML_BYTES) {
            throw new HtmlTooLargeException(MAX_HTML_BYTES);
        }
        String base = baseUri == null || baseUri.isBlank() ? DEFAULT_BASE_URI : baseUri;
        Document page = Jsoup.parse(html, base);
        describeForPdfUa(page);
        String title = page.title();
        String lang = language(page);
        try (PdfBoxRenderer renderer = builder(page, base, lang).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                describe(pdf, title, lang);
                pdf.save(out);
            }
        } catch (IOException | RuntimeException e) {
            // no page content in the message: result pages hold personal circumstances
            throw new PdfRenderException("Cannot render the page as PDF", e);
        }
    }

    private PdfRendererBuilder builder(Document page, String base, String lang) {
        Locale locale = lang.isEmpty() ? DEFAULT_LOCALE : Locale.forLanguageTag(lang);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        builder.withProducer("Sozialplattform");
        fonts.registerWith(builder);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
        builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
        builder.useUnicodeToUpperTransformer(new ICUTransformers.ICUToUpperTransformer(locale));
        builder.useUnicodeToLowerTransformer(new ICUTransformers.ICUToLowerTransformer(locale));
        builder.useUnicodeToTitleTransformer(new ICUTransformers.ICUToTitleTransformer(locale));
        builder.defaultTextDirection(isRightToLeft(page) ? TextDirection.RTL : TextDirection.LTR);
        PdfResourcePolicy.applyTo(builder);
        builder.withW3cDocument(W3CDom.convert(page), base);
        return builder;
    }

    /** Title and language as the page states them, whatever the rendering library did with them. */
    private static void describe(PDDocument pdf, String title, String lang) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (!title.isBlank()) {
            info.setTitle(title.strip());
        }
        if (!lang.isEmpty()) {
            pdf.getDocumentCatalog().setLanguage(lang);
        }
    }

    /**
     * PDF/UA wants a description of the document; openhtmltopdf takes it from {@code <meta name="subject">}. Pages
     * have {@code <meta name="description">}, so that serves when no subject is given.
     */
    private static void describeForPdfUa(Document page) {
        Element description = page.selectFirst("meta[name=description][content]");
        if (description != null && page.selectFirst("meta[name=subject]") == null) {
            page.head().appendElement("meta").attr("name", "subject").attr("content", description.attr("content"));
        }
    }

    private static String language(Document page) {
        Element root = page.selectFirst("html");
        String lang = root == null ? "" : root.attr("lang").strip();
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? lang : "";
    }

    private static boolean isRightToLeft(Document page) {
        Element root = page.selectFirst("html");
        return root != null && "rtl".equalsIgnoreCase(root.attr("dir").strip());
    }

    /** ERROR unless someone configured exactly this logger (logging.level.org.apache.pdfbox.pdmodel.font.PDType1Font). */
    static void quietFontFallbackWarning(LoggingSystem logging) {
        var configuration = logging.getLoggerConfiguration(PDFBOX_FONT_FALLBACK_LOG);
        if (configuration == null || configuration.getConfiguredLevel() == null) {
            logging.setLogLevel(PDFBOX_FONT_FALLBACK_LOG, LogLevel.ERROR);
        }
    }

    /** UTF-8 length, stopping as soon as it passes the limit. */
    private static long utf8Length(String s) {
        if (s.length() > MAX_HTML_BYTES) {
            return s.length();
        }
        long bytes = 0;
        for (int i = 0; i < s.length() && bytes <= MAX_HTML_BYTES; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
