package de.sozialplattform.cms.assets;

import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.problem.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an upload into an asset: the file is read first (outside any transaction, it may take seconds), then the
 * node, the bytes and the text are stored in one transaction, so a refused or failed upload leaves nothing.
 */
@Service
class AssetUploads {

    static final String WORKSPACE = "assets";
    static final String NODE_TYPE = "asset";

    private final UntrustedFileParser parser;
    private final ContentService content;
    private final AssetStore store;
    private final TransactionTemplate transaction;

    AssetUploads(UntrustedFileParser parser, ContentService content, AssetStore store, TransactionTemplate transaction) {
        this.parser = parser;
        this.content = content;
        this.store = store;
        this.transaction = transaction;
    }

    /** An upload as received: the file, its claimed name, the node name and the editors' texts by property. */
    record Upload(byte[] bytes, String originalFileName, String parentPath, String name, Map<String, String> texts) {
    }

    Node upload(Upload upload, String actor) {
        String fileName = fileName(upload.originalFileName());
        ParsedFile parsed = parser.parse(upload.bytes(), fileName);
        String altText = upload.texts().get("altText");
        if (parsed.image() && (altText == null || altText.isBlank())) {
            throw InvalidInputException.of("altText", "is required for images: describe what the image shows");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        upload.texts().forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                properties.put(key, value.strip());
            }
        });
        properties.putIfAbsent("title", parsed.title() != null && !parsed.title().isBlank() ? parsed.title() : fileName);
        properties.put("fileName", fileName);
        properties.put("mediaType", parsed.mediaType());
        properties.put("size", (long) upload.bytes().length);
        String sha256 = sha256(upload.bytes());
        properties.put("sha256", sha256);
        putIfPresent(properties, "pages", parsed.pages() == null ? null : parsed.pages().longValue());
        putIfPresent(properties, "author", parsed.author());
        putIfPresent(properties, "language", parsed.language());
        String name = upload.name() == null || upload.name().isBlank() ? nodeName(fileName) : upload.name();
        return transaction.execute(status -> {
            Node node = content.create(new NewNode(null, WORKSPACE, upload.parentPath(), name, NODE_TYPE, properties),
                    actor);
            store.insert(node.id(), upload.bytes(), parsed.mediaType(), sha256, parsed.text());
            return node;
        });
    }

    private static void putIfPresent(Map<String, Object> properties, String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
    }

    /** The claimed file name reduced to safe characters; it becomes part of the download URL. */
    static String fileName(String original) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        String safe = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (safe.isEmpty()) {
            throw InvalidInputException.of("file", "needs a file name");
        }
        return safe.length() > 120 ? safe.substring(safe.length() - 120) : safe;
    }

    private static String nodeName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+", "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
