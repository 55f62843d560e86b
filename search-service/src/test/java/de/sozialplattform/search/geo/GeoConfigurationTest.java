package de.sozialplattform.search.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The wiring as the application sees it: properties, loader on start-up, and the always-UP health component. */
class GeoConfigurationTest {

    /** The webapp scans configuration properties as well; the record must not be registered twice. */
    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("de.sozialplattform.search.geo")
    static class ScanningApplication {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ScanningApplication.class, GeoConfiguration.class);

    @Test
    void loadsTheConfiguredFileAtStartUp() {
        runner.withPropertyValues("sozial.geo.plz-file=" + GeoFixtures.csv(), "sozial.geo.download=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(GeoProperties.class);
                    assertThat(context.getBean(Gazetteer.class).resolve("location", "40227").label())
                            .isEqualTo("Düsseldorf");
                    HealthIndicator health = context.getBean("geocodingHealthIndicator", HealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(health.health().getDetails()).containsEntry("available", true);
                });
    }

    @Test
    void startsWithoutAnyFileAndStaysUp(@TempDir Path dataDir) {
        runner.withPropertyValues("sozial.geo.plz-file=", "sozial.data-dir=" + dataDir, "sozial.geo.download=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Gazetteer.class).available()).isFalse();
                    assertThat(context.getBean(GazetteerLoader.class).downloadedFile())
                            .isEqualTo(dataDir.resolve("geo").resolve("DE.txt"));
                    HealthIndicator health = context.getBean("geocodingHealthIndicator", HealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(health.health().getDetails()).containsEntry("available", false);
                });
    }
}
