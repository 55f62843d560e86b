package de.sozialplattform.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Spring wiring: settings → mode, the data directory default, the readiness contributor "search". */
class SolrConfigurationIT {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SolrConfiguration.class)
            .withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
                    HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
                    AvailabilityHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class,
                    HealthEndpointAutoConfiguration.class));

    @Test
    void embeddedByDefaultUnderTheDataDirectoryAndPartOfReadiness(@TempDir Path dir) {
        runner.withPropertyValues("sozial.data-dir=" + dir,
                        "management.endpoint.health.probes.enabled=true",
                        // the line the application's configuration needs
                        "management.endpoint.health.group.readiness.include=readinessState,search")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SearchIndex.class);
                    assertThat(dir.resolve("solr/cores").resolve(SolrFixtures.LIVE)).isDirectory();
                    // what SpringApplication announces once started; the runner does not
                    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
                    HealthEndpoint health = context.getBean(HealthEndpoint.class);
                    assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
                    assertThat(health.healthForPath("search").getStatus()).isEqualTo(Status.UP);

                    context.getBean(SearchIndex.class).close();
                    assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
                });
    }

    @Test
    void urlAndZooKeeperTogetherAreRejectedAtStart() {
        runner.withPropertyValues("sozial.solr.url=http://solr:8983/solr", "sozial.solr.zk-hosts=zk:2181")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("not both"));
    }

    @Test
    void unreachableSolrLeavesTheApplicationRunningButUnready() {
        runner.withPropertyValues("sozial.solr.url=http://127.0.0.1:9/solr", "sozial.solr.connect-timeout=200ms")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SearchIndex.class).ready()).isFalse();
                });
    }

    @Test
    void solrRequestLogIsSilencedUnlessConfigured() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        SolrConfiguration.silenceRequestLog(logging);
        assertThat(logging.getLoggerConfiguration(SolrConfiguration.SOLR_REQUEST_LOG).getEffectiveLevel())
                .isEqualTo(LogLevel.WARN);
        logging.setLogLevel(SolrConfiguration.SOLR_REQUEST_LOG, LogLevel.INFO);
        SolrConfiguration.silenceRequestLog(logging);
        assertThat(logging.getLoggerConfiguration(SolrConfiguration.SOLR_REQUEST_LOG).getEffectiveLevel())
                .as("an explicit setting wins").isEqualTo(LogLevel.INFO);
        logging.setLogLevel(SolrConfiguration.SOLR_REQUEST_LOG, null);
    }
}
