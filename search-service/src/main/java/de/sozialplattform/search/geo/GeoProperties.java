package de.sozialplattform.search.geo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the postal-code gazetteer comes from ({@code sozial.geo.*}).
 *
 * @param plzFile         a GeoNames-format postal-code file (DE.txt or the CSV conversion); the webapp maps
 *                        {@code SOZIAL_GEO_PLZ_FILE} here. Empty: use the downloaded copy.
 * @param downloadUrl     where to download GeoNames' DE.zip once when no file is configured or cached
 * @param download        false forbids the download (air-gapped installations, tests)
 * @param dataDir         where the downloaded {@code DE.txt} is kept; empty means {@code ${sozial.data-dir}/geo}
 *                        (resolved in {@link GeoConfiguration}: {@code @DefaultValue} does not resolve placeholders)
 * @param connectTimeout  connection timeout of the download
 * @param downloadTimeout time limit for the whole download response
 */
@ConfigurationProperties("sozial.geo")
record GeoProperties(
        Path plzFile,
        @DefaultValue("https://download.geonames.org/export/zip/DE.zip") URI downloadUrl,
        @DefaultValue("true") boolean download,
        Path dataDir,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("2m") Duration downloadTimeout) {

    /** File name of the downloaded copy in the data directory (GeoNames' own name inside DE.zip). */
    static final String DOWNLOADED_FILE = "DE.txt";

    /** The configured file; an empty environment variable binds to an empty path, which means none. */
    Optional<Path> configuredFile() {
        return plzFile == null || plzFile.toString().isBlank() ? Optional.empty() : Optional.of(plzFile);
    }

    Path dataDirOr(String sozialDataDir) {
        if (dataDir != null && !dataDir.toString().isBlank()) {
            return dataDir;
        }
        return Path.of(sozialDataDir == null || sozialDataDir.isBlank() ? "./data" : sozialDataDir, "geo");
    }
}
