package de.sozialplattform.search.solr;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link SearchIndex} of the application, in the mode {@link SolrProperties} selects, and its readiness
 * check. The index is closed with the context (Solr clients closed, embedded Solr shut down).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SolrProperties.class)
class SolrConfiguration {

    /**
     * Solr's request log writes every query with its parameters at INFO. Search terms and places are sensitive
     * (addiction, debt), and in embedded mode those lines would land in the application's log.
     */
    static final String SOLR_REQUEST_LOG = "org.apache.solr.core.SolrCore.Request";

    @Bean
    SearchIndex searchIndex(SolrProperties properties, @Value("${sozial.data-dir:./data}") Path dataDir,
            ObjectProvider<LoggingSystem> loggingSystem) {
        loggingSystem.ifAvailable(SolrConfiguration::silenceRequestLog);
        SolrProperties effective = properties.dataDir() == null
                ? properties.withDataDir(dataDir.resolve("solr"))
                : properties;
        return SearchIndexes.create(effective);
    }

    /** Bean name minus the suffix is the contributor name: "search" (management.endpoint.health.group.*). */
    @Bean
    SearchHealthIndicator searchHealthIndicator(SearchIndex searchIndex) {
        return new SearchHealthIndicator(searchIndex);
    }

    /** Off unless someone configured exactly this logger (logging.level.org.apache.solr.core.SolrCore.Request). */
    static void silenceRequestLog(LoggingSystem logging) {
        var configuration = logging.getLoggerConfiguration(SOLR_REQUEST_LOG);
        if (configuration == null || configuration.getConfiguredLevel() == null) {
            logging.setLogLevel(SOLR_REQUEST_LOG, LogLevel.WARN);
        }
    }
}
