package de.sozialplattform.cms.outbox;

import de.sozialplattform.cms.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox contract on a real PostgreSQL server, with its own fresh database. */
class OutboxPostgresIT extends OutboxContractTests {

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry r) {
        PostgresServer.register(r);
    }
}
