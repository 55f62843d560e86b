package de.sozialplattform.cms.searchindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings bind as the webapp passes them: from environment variables that may be empty. */
class SearchIndexPropertiesTest {

    @Test
    void defaultsReadTheLocalContent() {
        SearchIndexProperties properties = bind(Map.of());

        assertThat(properties.remote()).isFalse();
        assertThat(properties.syncInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.commitWithin()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.batchSize()).isEqualTo(500);
    }

    @Test
    void anEmptyDeliveryUrlMeansLocalContent() {
        assertThat(bind(Map.of("sozial.search.delivery-url", "")).remote()).isFalse();
    }

    @Test
    void aDeliveryUrlSwitchesToTheRemoteSource() {
        SearchIndexProperties properties = bind(Map.of("sozial.search.delivery-url", "https://magnolia.example/.rest/delivery",
                "sozial.search.sync-interval", "5m"));

        assertThat(properties.remote()).isTrue();
        assertThat(properties.deliveryUrl()).isEqualTo(URI.create("https://magnolia.example/.rest/delivery"));
        assertThat(properties.syncInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(new RemoteLocations(properties.deliveryUrl(), properties.timeout(), null).name())
                .isEqualTo("https://magnolia.example/.rest/delivery");
    }

    @Test
    void credentialsInTheUrlAreNeverShown() {
        assertThat(new RemoteLocations(URI.create("https://user:secret@magnolia.example:8443/.rest/delivery/"),
                Duration.ofSeconds(1), null).name()).isEqualTo("https://magnolia.example:8443/.rest/delivery");
    }

    private static SearchIndexProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("sozial.search", SearchIndexProperties.class);
    }
}
