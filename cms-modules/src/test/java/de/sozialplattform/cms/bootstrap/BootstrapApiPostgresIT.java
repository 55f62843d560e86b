package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.OnPostgres;
import de.sozialplattform.cms.PostgresServer;
import java.util.Map;

/** Export and import on a real PostgreSQL server. */
class BootstrapApiPostgresIT extends BootstrapApiContract implements OnPostgres {

    @Override
    Map<String, Object> newEmptyDatabase() {
        return Map.of("spring.datasource.url", PostgresServer.newDatabase(), "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }
}
