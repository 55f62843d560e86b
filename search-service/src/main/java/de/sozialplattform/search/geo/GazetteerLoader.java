package de.sozialplattform.search.geo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Fills the {@link Gazetteer} at start-up: the configured file, else the copy downloaded on an earlier start, else a
 * one-time download on a background thread. Local files load synchronously (16k rows take well under a second),
 * so a ready application can geocode; the network is never awaited, so start-up and readiness never depend on it.
 */
final class GazetteerLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);

    private final GeoProperties properties;
    private final Path dataDir;
    private final Gazetteer gazetteer;
    private final CompletableFuture<Boolean> finished = new CompletableFuture<>();
    private volatile Thread download;
    private volatile boolean running;

    GazetteerLoader(GeoProperties properties, Path dataDir, Gazetteer gazetteer) {
        this.properties = properties;
        this.dataDir = dataDir;
        this.gazetteer = gazetteer;
    }

    @Override
    public void start() {
        running = true;
        Optional<Path> configured = properties.configuredFile();
        if (configured.isPresent() && load(configured.get(), "configured file")) {
            finished.complete(true);
        } else if (Files.isRegularFile(downloadedFile()) && load(downloadedFile(), "downloaded copy")) {
            finished.complete(true);
        } else if (!properties.download()) {
            warnUnavailable("no postal-code file, and downloading is switched off (sozial.geo.download=false)");
            finished.complete(false);
        } else {
            Thread thread = new Thread(this::download, "gazetteer-download");
            thread.setDaemon(true);
            download = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = download;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Completes with {@link Gazetteer#available()} once loading or the download has ended. */
    CompletableFuture<Boolean> finished() {
        return finished;
    }

    Path downloadedFile() {
        return dataDir.resolve(GeoProperties.DOWNLOADED_FILE);
    }

    private boolean load(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            log.warn("Postal-code gazetteer: the {} {} does not exist or is not a file", what, file.toAbsolutePath());
            return false;
        }
        try {
            long started = System.nanoTime();
            return install(PostalCodeFile.read(file), file, started);
        } catch (IOException | RuntimeException e) {
            log.warn("Postal-code gazetteer: cannot read the {} {}: {}", what, file.toAbsolutePath(), e.toString());
            return false;
        }
    }

    private boolean install(PostalCodeFile.Content content, Path file, long started) {
        if (content.rows().isEmpty()) {
            log.warn("Postal-code gazetteer: {} contains no postal-code rows", file.toAbsolutePath());
            return false;
        }
        GazetteerIndex index = GazetteerIndex.build(content.rows());
        gazetteer.install(index);
        log.info("Postal-code gazetteer loaded from {}: {} rows ({} skipped), {} postal codes, {} places in {} ms",
                file.toAbsolutePath(), content.rows().size(), content.skipped(), index.postalCodeCount(),
                index.placeCount(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void download() {
        URI url = properties.downloadUrl();
        log.info("Postal-code gazetteer: downloading {} once into {}; geocoding is unavailable until it is done",
                url, dataDir.toAbsolutePath());
        try {
            long started = System.nanoTime();
            PostalCodeFile.Content content = new GeoNamesDownload(properties.connectTimeout(),
                    properties.downloadTimeout()).fetch(url, downloadedFile());
            finished.complete(install(content, downloadedFile(), started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished.complete(false);
        } catch (IOException | RuntimeException e) {
            warnUnavailable("the download from " + url + " failed: " + e);
            finished.complete(false);
        }
    }

    private void warnUnavailable(String reason) {
        log.warn("Geocoding is unavailable: {}. Location searches and /api/v1/places answer 503; search by lat/lon "
                + "still works. To enable it, set SOZIAL_GEO_PLZ_FILE (sozial.geo.plz-file) to a GeoNames "
                + "postal-code file (DE.txt from DE.zip of {} or its CSV conversion), or put DE.txt into {} and "
                + "restart.", reason, properties.downloadUrl(), dataDir.toAbsolutePath());
    }
}
