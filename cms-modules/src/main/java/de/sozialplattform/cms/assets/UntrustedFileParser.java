package de.sozialplattform.cms.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.xml.sax.SAXException;

/**
 * Reads untrusted files with Apache Tika in pooled child JVMs (Tika's {@link ForkParser}): the media type comes
 * from the bytes, only allowed types are parsed, and the text and metadata come back within the limits of
 * {@link AssetsProperties}. A file that crashes, exhausts or hangs a child ends that child only; the next file
 * gets a fresh one. Every refusal is a {@link RejectedFileException} naming the field {@code file}.
 */
@Service
class UntrustedFileParser implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UntrustedFileParser.class);
    private final AssetsProperties properties;
    private final ForkParser fork;

    UntrustedFileParser(AssetsProperties properties) {
        this.properties = properties;
        GuardedParser guarded = new GuardedParser(new LinkedHashSet<>(properties.allowedTypes()),
                new GuardedParser.Limits(properties.maxTextCharacters(), properties.maxCompressionRatio(),
                        properties.outputThreshold(), properties.maxXmlDepth(), properties.maxPackageDepth()));
        // The child loads every class through this loader over its pipe, so it works from the nested jars of the
        // executable jar as well as from a plain class path.
        this.fork = new ForkParser(UntrustedFileParser.class.getClassLoader(), guarded);
        fork.setJavaCommand(javaCommand(properties));
        fork.setPoolSize(properties.poolSize());
        fork.setServerParseTimeoutMillis(properties.parseTimeout().toMillis());
        fork.setServerWaitTimeoutMillis(properties.childIdleTimeout().toMillis());
    }

    /** Detects, checks and reads a file; {@code fileName} is only compared with what the bytes turn out to be. */
    ParsedFile parse(byte[] bytes, String fileName) {
        if (bytes.length > properties.maxUploadSize().toBytes()) {
            throw RejectedFileException.tooLarge(properties.maxUploadSize().toBytes());
        }
        if (bytes.length == 0) {
            throw RejectedFileException.unreadable(null, "The file is empty.");
        }
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        long started = System.nanoTime();
        try {
            fork.parse(new ByteArrayInputStream(bytes), text, metadata, new ParseContext());
        } catch (Rejection rejection) {
            if (rejection.reason() == Rejection.Reason.UNREADABLE) {
                // Operators see which parser failed how; the text of the file is not in the message.
                log.info("An uploaded {} could not be read: {}", rejection.mediaType(), rejection.getMessage());
            }
            throw refusal(rejection);
        } catch (IOException | SAXException | TikaException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                // Only the child's capped heap ran out; the child is gone, this process is untouched.
                throw RejectedFileException.unreadable(null, "The file expands beyond the memory allowed for reading "
                        + "one file (a suspected zip bomb) and was not read.");
            }
            // The child crashed or was ended by the parse timeout.
            log.warn("A file could not be parsed in the child JVM: {} ({})", e, e.getCause() == null ? "" : e.getCause().toString());
            throw RejectedFileException.unreadable(null, "The file could not be read within the time and memory "
                    + "limits (" + properties.parseTimeout().toSeconds() + " s); it may be damaged or hostile.");
        } finally {
            log.debug("Parsed {} bytes in {} ms", bytes.length, (System.nanoTime() - started) / 1_000_000);
        }
        String type = metadata.get(GuardedParser.TYPE);
        checkExtension(fileName, type);
        // Paragraph and page breaks arrive as runs of blank lines; one blank line keeps the structure.
        String content = text.toString().replaceAll("\\n[ \\t]*(\\n[ \\t]*)+\\n", "\n\n").strip();
        if (content.length() > properties.maxTextCharacters()) {
            throw tooMuchText(type);
        }
        return new ParsedFile(type, content, metadata.get(GuardedParser.TITLE), metadata.get(GuardedParser.AUTHOR),
                pages(metadata.get(GuardedParser.PAGES)), metadata.get(GuardedParser.LANGUAGE));
    }

    private RejectedFileException refusal(Rejection rejection) {
        String type = rejection.mediaType();
        return switch (rejection.reason()) {
            case TYPE_NOT_ALLOWED -> RejectedFileException.unsupportedType(type, "The file's content is " + type
                    + ", which is not accepted. Accepted are: " + String.join(", ", properties.allowedTypes()) + ".");
            case TOO_MUCH_TEXT -> tooMuchText(type);
            case ZIP_BOMB -> RejectedFileException.unreadable(type, "The file expands far beyond its size or nests "
                    + "too deeply (a suspected zip bomb) and was not read.");
            case ENCRYPTED -> RejectedFileException.unreadable(type, "The file is encrypted or password-protected; "
                    + "upload it without protection.");
            case UNREADABLE -> RejectedFileException.unreadable(type, "The file looks like " + type
                    + " but cannot be read; it may be damaged or truncated.");
        };
    }

    private RejectedFileException tooMuchText(String type) {
        return RejectedFileException.unreadable(type, "The file holds more than " + properties.maxTextCharacters()
                + " characters of text, the limit for one file; split it or shorten it.");
    }

    /** A name whose extension claims another type than the content is refused, so it cannot mislead anyone. */
    private static void checkExtension(String fileName, String type) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return;
        }
        String extension = fileName.substring(dot).toLowerCase(Locale.ROOT);
        List<String> expected = extensions(type);
        if (!expected.isEmpty() && !expected.contains(extension)) {
            throw RejectedFileException.unsupportedType(type, "The file is named " + extension + " but its content is "
                    + type + "; give it a matching name (" + String.join(", ", expected) + ").");
        }
    }

    private static List<String> extensions(String type) {
        try {
            MimeType known = MimeTypes.getDefaultMimeTypes().forName(type);
            return known.getExtensions().isEmpty() ? List.of() : new ArrayList<>(known.getExtensions());
        } catch (MimeTypeException e) {
            return List.of();
        }
    }

    private static Integer pages(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The JVM running this application, capped, and started with an empty environment where {@code env} exists:
     * the child reads hostile files and needs none of the parent's settings or secrets.
     */
    private static List<String> javaCommand(AssetsProperties properties) {
        List<String> command = new ArrayList<>();
        Path env = Path.of("/usr/bin/env");
        if (Files.isExecutable(env)) {
            command.add(env.toString());
            command.add("-i");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + properties.childHeap());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        // The parent's logging configuration cannot be read through the fork's in-memory URLs; the child keeps quiet.
        command.add("-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");
        return command;
    }

    @Override
    public void destroy() {
        fork.close();
    }
}
