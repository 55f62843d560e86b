package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.CmsTestApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second CMS in the test JVM on a database of its own that has never seen the seed: the "empty instance" an
 * export is carried to. Its web server listens on a random port; close it when done.
 */
final class EmptyInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    /** @param database settings of its (new, empty) database, e.g. {@code spring.datasource.url} */
    EmptyInstance(Map<String, Object> database) {
        Map<String, Object> settings = new LinkedHashMap<>(database);
        settings.put("server.port", "0");
        settings.put("sozial.seed.enabled", "false");
        settings.put("sozial.outbox.enabled", "false");
        // The seed's largest file is above the test default of 64KB; production allows 1MB.
        settings.put("sozial.api.max-body-size", "1MB");
        // As arguments: they win over the test's application.yaml (which names the shared database).
        context = new SpringApplicationBuilder(CmsTestApplication.class)
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
