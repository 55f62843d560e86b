package de.sozialplattform.search.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GeoPropertiesTest {

    @Test
    void defaultsRun() {
        GeoProperties properties = bind(Map.of());
        assertThat(properties.configuredFile()).isEmpty();
        assertThat(properties.downloadUrl()).hasToString("https://download.geonames.org/export/zip/DE.zip");
        assertThat(properties.download()).isTrue();
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.downloadTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.dataDirOr("/srv/sozial")).isEqualTo(Path.of("/srv/sozial", "geo"));
        assertThat(properties.dataDirOr(null)).isEqualTo(Path.of("./data", "geo"));
    }

    @Test
    void emptyFileSettingMeansNone() {
        // what the webapp's ${SOZIAL_GEO_PLZ_FILE:} binds to when the variable is not set
        assertThat(bind(Map.of("sozial.geo.plz-file", "")).configuredFile()).isEmpty();
    }

    @Test
    void explicitSettingsWin() {
        GeoProperties properties = bind(Map.of("sozial.geo.plz-file", "/data/DE.txt", "sozial.geo.data-dir", "/x/geo",
                "sozial.geo.download", "false"));
        assertThat(properties.configuredFile()).contains(Path.of("/data/DE.txt"));
        assertThat(properties.dataDirOr("/srv/sozial")).isEqualTo(Path.of("/x/geo"));
        assertThat(properties.download()).isFalse();
    }

    private static GeoProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("sozial.geo", GeoProperties.class);
    }
}
