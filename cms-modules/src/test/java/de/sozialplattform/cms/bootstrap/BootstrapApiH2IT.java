package de.sozialplattform.cms.bootstrap;

import java.util.Map;
import java.util.UUID;

/** Export and import on the embedded H2 database. */
class BootstrapApiH2IT extends BootstrapApiContract {

    @Override
    Map<String, Object> newEmptyDatabase() {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:empty-" + UUID.randomUUID());
    }
}
