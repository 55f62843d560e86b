package de.sozialplattform.cms.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sessions of the editorial web, kept in the database (Spring Session JDBC) so every replica knows them.
 *
 * @param timeout how long a session lives without a request
 * @param secureCookie send the session cookie with {@code Secure}: only over HTTPS. Keep it on in production (behind a
 *     TLS-terminating proxy too: the browser talks HTTPS to the proxy). Browsers treat {@code http://localhost} as
 *     secure, so local trials work; turn it off only to try the system over plain HTTP on another host name.
 */
@ConfigurationProperties("sozial.security.session")
record SessionProperties(@DefaultValue("30m") Duration timeout, @DefaultValue("true") boolean secureCookie) {

    SessionProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("sozial.security.session.timeout must be positive");
        }
    }
}
