package de.sozialplattform.cms.outbox;

import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test consumers of the outbox contract tests. Both database variants import exactly this configuration,
 * so the test context cache holds two contexts (H2 and PostgreSQL) and no more.
 */
final class OutboxTestConsumers {

    /** Topic of {@link #RECORDER}. */
    static final String TOPIC = "outbox-test";
    /** Topic both test consumers subscribe to: one event, two independent records. */
    static final String FANOUT_TOPIC = "outbox-test-fanout";
    static final String RECORDER = "outbox-test-recorder";
    static final String AUDITOR = "outbox-test-auditor";

    private OutboxTestConsumers() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        RecordingConsumer outboxTestRecorder(OutboxStore store) {
            return new RecordingConsumer(RECORDER, Set.of(TOPIC, FANOUT_TOPIC), id -> store.get(id).orElse(null));
        }

        @Bean
        RecordingConsumer outboxTestAuditor(OutboxStore store) {
            return new RecordingConsumer(AUDITOR, Set.of(FANOUT_TOPIC), id -> store.get(id).orElse(null));
        }
    }
}
