package de.sozialplattform.cms.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The parser that runs inside the child JVM: detects the media type from the bytes alone, refuses types outside
 * the allow-list before any format parser sees them, and parses the rest with Tika's limits applied in the child
 * (where the work happens; the fork protocol drops exceptions thrown by the parent's handler). When done it
 * sends the metadata the parent needs as {@code <meta>} elements, because Tika sends only the metadata known
 * when the document head is written.
 */
class GuardedParser implements Parser {

    private static final long serialVersionUID = 1L;
    static final String META_PREFIX = "sozial:";
    static final String TYPE = META_PREFIX + "type";
    static final String TITLE = META_PREFIX + "title";
    static final String AUTHOR = META_PREFIX + "author";
    static final String PAGES = META_PREFIX + "pages";
    static final String LANGUAGE = META_PREFIX + "language";

    private final Set<String> allowedTypes;
    private final Limits limits;

    GuardedParser(Set<String> allowedTypes, Limits limits) {
        this.allowedTypes = Set.copyOf(allowedTypes);
        this.limits = limits;
    }

    /** The child's limits; plain values, serialised to the child. */
    record Limits(int maxTextCharacters, long maxCompressionRatio, long outputThreshold, int maxXmlDepth,
            int maxPackageDepth) implements Serializable {
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return allowedTypes.stream().map(MediaType::parse).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        try (TikaInputStream in = TikaInputStream.get(stream)) {
            // No file name in the metadata: the name is the client's claim, the bytes are the fact.
            String type = new DefaultDetector().detect(in, new Metadata()).getBaseType().toString();
            if (!allowedTypes.contains(type)) {
                throw new Rejection(Rejection.Reason.TYPE_NOT_ALLOWED, type, "type not allowed: " + type);
            }
            Metadata found = new Metadata();
            // Files inside the file (attachments, embedded archives) are not read: their text is not wanted, and
            // Tika counts nesting per embedded parse, so an archive in an archive would escape the depth limit.
            context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
            // No OCR: there is no Tesseract, and Tika's automatic OCR of pages with little text then fails with a
            // NullPointerException instead of skipping (found with a one-word page).
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            context.set(PDFParserConfig.class, pdf);
            try {
                parser().parse(in, new WriteOutContentHandler(handler, limits.maxTextCharacters()), found, context);
            } catch (SAXException | TikaException | IOException | RuntimeException e) {
                throw classify(e, type);
            }
            send(handler, found, type);
        }
    }

    /** Leaves embedded documents unread. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    }

    private AutoDetectParser parser() {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(limits.maxCompressionRatio());
        config.setOutputThreshold(limits.outputThreshold());
        config.setMaximumDepth(limits.maxXmlDepth());
        config.setMaximumPackageEntryDepth(limits.maxPackageDepth());
        AutoDetectParser parser = new AutoDetectParser();
        parser.setAutoDetectParserConfig(config);
        return parser;
    }

    private static Rejection classify(Exception e, String type) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new Rejection(Rejection.Reason.TOO_MUCH_TEXT, type, "too much text");
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException) {
                return new Rejection(Rejection.Reason.ENCRYPTED, type, "encrypted");
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("nesting")) {
                return new Rejection(Rejection.Reason.ZIP_BOMB, type, "suspected zip bomb: " + cause.getMessage());
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] at = root.getStackTrace();
        return new Rejection(Rejection.Reason.UNREADABLE, type, "unreadable: " + e + "; root cause " + root
                + (at.length > 0 ? " at " + at[0] : ""));
    }

    private static void send(ContentHandler handler, Metadata found, String type) throws SAXException {
        meta(handler, TYPE, type);
        meta(handler, TITLE, found.get(TikaCoreProperties.TITLE));
        meta(handler, AUTHOR, found.get(TikaCoreProperties.CREATOR));
        String pages = found.get(PagedText.N_PAGES);
        meta(handler, PAGES, pages != null ? pages : found.get(Office.PAGE_COUNT));
        meta(handler, LANGUAGE, found.get(TikaCoreProperties.LANGUAGE));
    }

    private static void meta(ContentHandler handler, String name, String content) throws SAXException {
        if (content == null || content.isBlank()) {
            return;
        }
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", "name", "name", "CDATA", name);
        attributes.addAttribute("", "content", "content", "CDATA", content);
        handler.startElement("", "meta", "meta", attributes);
        handler.endElement("", "meta", "meta");
    }
}
