package de.sozialplattform.cms.support;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for all time decisions (scheduling, leases, audit), replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        // Microseconds are what both databases store; a finer clock would answer a write with a time that
        // differs from what is read back afterwards.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
