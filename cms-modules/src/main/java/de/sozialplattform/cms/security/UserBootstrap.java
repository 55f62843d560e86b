package de.sozialplattform.cms.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the configured administrator and, where allowed, the demo users. Demo users are on by default only
 * on the embedded H2 database; on any other database they need an explicit {@code SOZIAL_DEMO_USERS=true}, so a
 * production system never gets well-known passwords by accident. When they are off, existing demo accounts are
 * disabled.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserBootstrap implements ApplicationRunner {

    /** Demo accounts: user name → roles; the password equals the user name (documented in the README). */
    static final Map<String, String[]> DEMO_USERS = Map.of(
            "admin", new String[] {Roles.ADMIN, Roles.EDITOR},
            "editor", new String[] {Roles.EDITOR});

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserStore users;
    private final SecurityProperties properties;
    private final DataSource dataSource;

    UserBootstrap(UserStore users, SecurityProperties properties, DataSource dataSource) {
        this.users = users;
        this.properties = properties;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (demoUsersWanted()) {
            DEMO_USERS.forEach((name, roles) -> users.save(name, name, roles));
            log.warn("Demo users {} are active; never use them in production", DEMO_USERS.keySet());
        } else {
            DEMO_USERS.keySet().stream().filter(users::exists)
                    .filter(name -> !(properties.hasAdmin() && name.equals(properties.adminUsername())))
                    .forEach(users::disable);
        }
        if (properties.hasAdmin()) {
            users.save(properties.adminUsername(), properties.adminPassword(), Roles.ADMIN, Roles.EDITOR);
            log.info("Administrator '{}' set from configuration", properties.adminUsername());
        }
    }

    private boolean demoUsersWanted() throws SQLException {
        if (properties.demoUsers() != null) {
            return properties.demoUsers();
        }
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
