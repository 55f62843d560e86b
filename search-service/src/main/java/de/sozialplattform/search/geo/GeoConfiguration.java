package de.sozialplattform.search.geo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the gazetteer, its loader and the {@code geocoding} health component. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GeoProperties.class)
class GeoConfiguration {

    @Bean
    Gazetteer gazetteer() {
        return new Gazetteer();
    }

    @Bean
    GazetteerLoader gazetteerLoader(GeoProperties properties, Gazetteer gazetteer, Environment environment) {
        return new GazetteerLoader(properties, properties.dataDirOr(environment.getProperty("sozial.data-dir")),
                gazetteer);
    }

    /**
     * Always UP: the application serves searches by coordinates without the gazetteer, so its absence must not
     * fail health or readiness; the detail tells operators whether location searches work.
     */
    @Bean
    HealthIndicator geocodingHealthIndicator(Gazetteer gazetteer) {
        return () -> Health.up().withDetail("available", gazetteer.available()).build();
    }
}
