package de.sozialplattform.cms.security;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The session store and cookie of the editorial web. Spring Boot sets up Spring Session JDBC on the application's
 * database (tables from Flyway, migration V7); this applies {@link SessionProperties}: the timeout, and a cookie
 * that scripts cannot read ({@code HttpOnly}), that other sites' requests do not carry along except on top-level
 * navigation ({@code SameSite=Lax}, a second line against CSRF after the tokens) and, by default, {@code Secure}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionConfiguration {

    @Bean
    DefaultCookieSerializerCustomizer sessionCookie(SessionProperties properties) {
        return cookie -> {
            cookie.setUseHttpOnlyCookie(true);
            cookie.setSameSite("Lax");
            cookie.setUseSecureCookie(properties.secureCookie());
        };
    }

    /** After Boot's own customizer (highest precedence), so our timeout wins over {@code spring.session.timeout}. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(SessionProperties properties) {
        return repository -> repository.setDefaultMaxInactiveInterval(properties.timeout());
    }

    /**
     * On PostgreSQL, session attributes are written with {@code INSERT … ON CONFLICT}: two requests of one session
     * on two replicas may add the same attribute at once, which would otherwise fail one of them.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionUpserts(DataSource dataSource)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            return postgres ? new PostgreSqlJdbcIndexedSessionRepositoryCustomizer() : repository -> { };
        }
    }
}
