package de.sozialplattform.search.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads the GeoNames postal-code dump once: DE.zip (or a plain DE.txt/CSV, detected by the zip signature) is
 * fetched, {@code DE.txt} extracted to a temporary file beside the target, checked to contain rows, and only then
 * moved into place, so a broken or interrupted download never leaves a half-written file that a restart would trust.
 */
final class GeoNamesDownload {

    /** DE.zip is about 2 MB and DE.txt about 4 MB; the caps stop a wrong URL or a zip bomb from filling the disk. */
    static final long MAX_DOWNLOAD_BYTES = 64L * 1024 * 1024;
    static final long MAX_EXTRACTED_BYTES = 256L * 1024 * 1024;

    private final Duration connectTimeout;
    private final Duration timeout;

    GeoNamesDownload(Duration connectTimeout, Duration timeout) {
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
    }

    /** Downloads into {@code target} (replacing it atomically where the file system can) and returns its rows. */
    PostalCodeFile.Content fetch(URI url, Path target) throws IOException, InterruptedException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path download = Files.createTempFile(directory, "download-", ".part");
        Path extracted = Files.createTempFile(directory, "extracted-", ".part");
        try {
            get(url, download);
            extract(download, extracted);
            PostalCodeFile.Content content = PostalCodeFile.read(extracted);
            if (content.rows().isEmpty()) {
                throw new IOException("the downloaded file contains no postal-code rows");
            }
            move(extracted, target);
            return content;
        } finally {
            Files.deleteIfExists(download);
            Files.deleteIfExists(extracted);
        }
    }

    private void get(URI url, Path file) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("User-Agent", "Sozialplattform gazetteer download").GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP status " + response.statusCode());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                copy(body, out, MAX_DOWNLOAD_BYTES);
            }
        }
    }

    private static void extract(Path download, Path target) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(download))) {
            in.mark(4);
            boolean zip = in.read() == 'P' && in.read() == 'K';
            in.reset();
            try (OutputStream out = Files.newOutputStream(target)) {
                if (!zip) {
                    copy(in, out, MAX_EXTRACTED_BYTES);
                    return;
                }
                ZipInputStream entries = new ZipInputStream(in);
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    if (isDataEntry(entry)) {
                        copy(entries, out, MAX_EXTRACTED_BYTES);
                        return;
                    }
                }
            }
            throw new IOException("the zip file contains no " + GeoProperties.DOWNLOADED_FILE);
        }
    }

    /** DE.zip holds DE.txt and readme.txt; accept DE.txt in any folder, or a lone CSV of another converter. */
    private static boolean isDataEntry(ZipEntry entry) {
        String path = entry.getName().replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return !entry.isDirectory() && (name.equals("de.txt") || name.endsWith(".csv"));
    }

    private static void copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limit) {
                throw new IOException("the download is larger than " + limit + " bytes");
            }
            out.write(buffer, 0, read);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
