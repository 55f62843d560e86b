package de.sozialplattform.search.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading order and the one-time download, against a real local HTTP server. */
class GazetteerLoaderTest {

    @TempDir
    Path dataDir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void configuredFileLoadsSynchronously() {
        Gazetteer gazetteer = new Gazetteer();
        GazetteerLoader loader = loader(GeoFixtures.csv(), URI.create("http://127.0.0.1:9/none"), false, gazetteer);
        loader.start();
        assertThat(gazetteer.available()).isTrue();
        assertThat(loader.finished()).isCompletedWithValue(true);
        assertThat(gazetteer.postalCode("46446")).isPresent();
    }

    @Test
    void noFileAndNoDownloadIsUnavailable() {
        Gazetteer gazetteer = new Gazetteer();
        GazetteerLoader loader = loader(dataDir.resolve("missing.csv"), URI.create("http://127.0.0.1:9/"), false,
                gazetteer);
        loader.start();
        assertThat(loader.finished()).isCompletedWithValue(false);
        assertThat(gazetteer.available()).isFalse();
    }

    @Test
    void downloadsOnceAndReusesTheCopyOnTheNextStart() throws Exception {
        byte[] zip = zipOf(Files.readAllBytes(GeoFixtures.tabs()));
        URI url = serve(200, zip);

        Gazetteer first = new Gazetteer();
        GazetteerLoader loader = loader(null, url, true, first);
        loader.start();
        assertThat(loader.finished().get(20, TimeUnit.SECONDS)).isTrue();
        assertThat(first.postalCode("40227")).contains(new GeoPoint(51.2117, 6.8071));
        assertThat(dataDir.resolve("DE.txt")).hasSameBinaryContentAs(GeoFixtures.tabs());
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files).extracting(Path::getFileName).extracting(Path::toString).containsExactly("DE.txt");
        }
        loader.stop();
        assertThat(requests).hasValue(1);

        server.stop(0);
        Gazetteer second = new Gazetteer();
        GazetteerLoader restarted = loader(null, url, true, second);
        restarted.start();
        assertThat(restarted.finished()).isCompletedWithValue(true);
        assertThat(second.resolve("location", "Emmerich").postalCode()).isEqualTo("46446");
        assertThat(requests).hasValue(1);
    }

    @Test
    void plainFileDownloadIsAcceptedToo() throws Exception {
        URI url = serve(200, Files.readAllBytes(GeoFixtures.csv()));
        Gazetteer gazetteer = new Gazetteer();
        GazetteerLoader loader = loader(null, url, true, gazetteer);
        loader.start();
        assertThat(loader.finished().get(20, TimeUnit.SECONDS)).isTrue();
        assertThat(gazetteer.resolve("location", "Emmerich").postalCode()).isEqualTo("46446");
    }

    @Test
    void failingDownloadLeavesItUnavailable() throws Exception {
        URI url = serve(500, "oops".getBytes());
        Gazetteer gazetteer = new Gazetteer();
        GazetteerLoader loader = loader(null, url, true, gazetteer);
        loader.start();
        assertThat(loader.finished().get(20, TimeUnit.SECONDS)).isFalse();
        assertThat(gazetteer.available()).isFalse();
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void zipWithoutDataFileLeavesItUnavailable() throws Exception {
        URI url = serve(200, zipOf(null));
        Gazetteer gazetteer = new Gazetteer();
        GazetteerLoader loader = loader(null, url, true, gazetteer);
        loader.start();
        assertThat(loader.finished().get(20, TimeUnit.SECONDS)).isFalse();
        assertThat(dataDir.resolve("DE.txt")).doesNotExist();
    }

    @Test
    void refusedConnectionLeavesItUnavailable() throws Exception {
        URI url = serve(200, new byte[0]);
        server.stop(0);
        server = null;
        Gazetteer gazetteer = new Gazetteer();
        GazetteerLoader loader = loader(null, url, true, gazetteer);
        loader.start();
        assertThat(loader.finished().get(20, TimeUnit.SECONDS)).isFalse();
        assertThat(gazetteer.available()).isFalse();
    }

    private GazetteerLoader loader(Path plzFile, URI url, boolean download, Gazetteer gazetteer) {
        GeoProperties properties = new GeoProperties(plzFile, url, download, dataDir, Duration.ofSeconds(2),
                Duration.ofSeconds(10));
        return new GazetteerLoader(properties, properties.dataDirOr("unused"), gazetteer);
    }

    private URI serve(int status, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/export/zip/DE.zip", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/export/zip/DE.zip");
    }

    /** A zip shaped like GeoNames' DE.zip: readme.txt and DE.txt (left out when {@code data} is null). */
    private static byte[] zipOf(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("GeoNames postal codes, CC BY 4.0".getBytes());
            zip.closeEntry();
            if (data != null) {
                zip.putNextEntry(new ZipEntry("DE.txt"));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
