package de.sozialplattform.cms.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two replicas of the application on one database, as behind a load balancer: the test context is the first, a
 * second one is started on the same database. A session created on one is honoured by the other, and signing out
 * on one ends it on both.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SessionsAcrossReplicasContract {

    private static ConfigurableApplicationContext secondReplica;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @BeforeEach
    void startSecondReplica() {
        if (secondReplica == null) {
            secondReplica = new SpringApplicationBuilder(CmsTestApplication.class).run("--server.port=0",
                    "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                    // the first replica delivers the outbox; this one only serves requests
                    "--sozial.outbox.enabled=false");
        }
    }

    @AfterAll
    static void stopSecondReplica() {
        if (secondReplica != null) {
            secondReplica.close();
            secondReplica = null;
        }
    }

    @Test
    void aSessionFromOneReplicaIsHonouredByTheOtherUntilSignOut() {
        int secondPort = Integer.parseInt(secondReplica.getEnvironment().getProperty("local.server.port"));
        WebSession onFirst = WebSession.on(port);
        assertThat(onFirst.signIn("beratung-b", "beratung-b").statusCode()).isEqualTo(302);

        WebSession onSecond = onFirst.onPort(secondPort);
        HttpResponse<String> page = onSecond.get("/redaktion");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Angemeldet als beratung-b");

        onSecond.post("/abmelden", WebSession.csrfToken(page.body()), Map.of());
        assertThat(onFirst.get("/redaktion").statusCode()).isEqualTo(302);
    }
}
