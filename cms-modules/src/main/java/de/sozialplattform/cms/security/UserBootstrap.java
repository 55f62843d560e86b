package de.sozialplattform.cms.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
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

    /** Beratungsverbund Breisgau (six seeded locations in Baden-Württemberg). */
    static final String DEMO_ORGANISATION_A = "a0291b11-f037-549c-850c-f6e4d8b98232";
    /** Beratungsverbund Hamburg-Nord (five seeded locations in Hamburg). */
    static final String DEMO_ORGANISATION_B = "839d95f2-5954-5788-b254-33bea366123e";

    /** Demo accounts; the password equals the user name (documented in the README). */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", Set.of(), Roles.ADMIN, Roles.EDITOR),
            new DemoUser("editor", Set.of(), Roles.EDITOR),
            new DemoUser("reviewer", Set.of(), Roles.REVIEWER),
            new DemoUser("beratung-a", Set.of(DEMO_ORGANISATION_A), Roles.CENTRE_MAINTAINER),
            new DemoUser("beratung-b", Set.of(DEMO_ORGANISATION_B), Roles.CENTRE_MAINTAINER));

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserStore users;
    private final UserDirectory directory;
    private final Memberships memberships;
    private final SecurityProperties properties;
    private final DataSource dataSource;

    UserBootstrap(UserStore users, UserDirectory directory, Memberships memberships, SecurityProperties properties,
            DataSource dataSource) {
        this.users = users;
        this.directory = directory;
        this.memberships = memberships;
        this.properties = properties;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (demoUsersWanted()) {
            for (DemoUser demo : DEMO_USERS) {
                users.save(demo.name(), demo.name(), demo.roles());
                // example.org never delivers anywhere: demo mails go to the local mail drop or a test server.
                directory.setContact(demo.name(), demo.name() + "@demo.example.org", "de");
                demo.organisations().forEach(organisation -> memberships.add(demo.name(), organisation));
            }
            log.warn("Demo users {} are active; never use them in production",
                    DEMO_USERS.stream().map(DemoUser::name).toList());
        } else {
            DEMO_USERS.stream().map(DemoUser::name).filter(users::exists)
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

    /** A demo account: name (also its password), the organisations it maintains, its roles. */
    record DemoUser(String name, Set<String> organisations, String... roles) {
    }
}
