package de.sozialplattform.cms.management;

import de.sozialplattform.cms.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The management API on a real PostgreSQL server. */
class NodesApiPostgresIT extends NodesApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
