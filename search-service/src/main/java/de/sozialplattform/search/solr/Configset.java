package de.sozialplattform.search.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The advice-centre configset as committed under {@code src/main/resources/solr/advice-centres/conf}, read from
 * the class path. In production that is a nested jar, so the files are found by pattern (Spring's resolver reads
 * jars and directories alike), not by walking a directory.
 */
final class Configset {

    static final String CLASSPATH_ROOT = "solr/advice-centres/conf/";

    /** Relative path (with '/') → content, sorted so the zip and the hash are reproducible. */
    private final SortedMap<String, byte[]> files;

    private Configset(SortedMap<String, byte[]> files) {
        this.files = files;
    }

    static Configset fromClasspath() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(Configset.class.getClassLoader())
                    .getResources("classpath:" + CLASSPATH_ROOT + "**");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(CLASSPATH_ROOT);
                String relative = url.substring(at + CLASSPATH_ROOT.length());
                if (relative.isEmpty() || relative.endsWith("/") || isDirectory(resource)) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    files.put(relative, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Solr configset from the class path", e);
        }
        if (!files.containsKey("solrconfig.xml") || !files.containsKey("schema.xml")) {
            throw new IllegalStateException("the Solr configset " + CLASSPATH_ROOT + " is not on the class path");
        }
        return new Configset(Collections.unmodifiableSortedMap(files));
    }

    private static boolean isDirectory(Resource resource) throws IOException {
        return resource.isFile() && resource.getFile().isDirectory();
    }

    /** Replaces {@code confDir} with the configset, so files removed from the configset disappear too. */
    void writeTo(Path confDir) throws IOException {
        FileSystemUtils.deleteRecursively(confDir);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = confDir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    /** The files as a zip with {@code solrconfig.xml} at its root, as the configset upload API wants it. */
    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** First 12 hex digits of a SHA-256 over names and contents: changes whenever any file changes. */
    String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
