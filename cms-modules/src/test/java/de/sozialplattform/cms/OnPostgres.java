package de.sozialplattform.cms;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Test classes that implement this run against a real PostgreSQL server. Declaring the property source once,
 * here, gives every such class the same Spring test context (and database), so it is started only once.
 */
public interface OnPostgres {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
