package de.sozialplattform.cms.signin;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with an OpenID Connect provider: a real one (mock-oauth2-server) on loopback, the whole authorization-code
 * flow over HTTP with a cookie-keeping client that follows the redirects like a browser. The provider says who
 * someone is; our accounts decide whether and with which roles they get in.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInIT {

    private static final String ISSUER = "sozial-idp";
    private static final String CLIENT_ID = "sozialplattform";
    /** Started and its discovery document read once before the context, as STACK.md advises. */
    private static final MockOAuth2Server PROVIDER = startProvider();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("sozial.security.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("sozial.security.oidc.client-id", () -> CLIENT_ID);
        registry.add("sozial.security.oidc.client-secret", () -> "test-secret");
        registry.add("sozial.security.oidc.display-name", () -> "Landes-Login");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void theSignInPageOffersTheProviderByItsName() {
        WebSession browser = WebSession.on(port);
        assertThat(browser.get("/anmelden").body()).contains("Anmelden mit Landes-Login").contains("/anmelden/oidc/idp");
        assertThat(browser.get("/anmelden?lang=en").body()).contains("Sign in with Landes-Login");
    }

    @Test
    void anIdentityWithAnAccountLandsInTheEditorialWebAsThatUserWithItsRoles() {
        providerSignsIn("reviewer");
        WebSession browser = WebSession.on(port).from("192.0.2.44");
        HttpResponse<String> landed = browser.getFollowing("/redaktion");
        assertThat(landed.uri().getPath()).isEqualTo("/anmelden");

        HttpResponse<String> home = browser.getFollowing("/anmelden/oidc/idp");
        assertThat(home.uri().getPath()).isEqualTo("/redaktion");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Angemeldet als reviewer");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = 'reviewer' AND action = 'sign-in' "
                + "AND detail LIKE '%method=oidc address=192.0.2.44%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anIdentityWithoutAnAccountIsRefusedWithAClearPage() {
        String stranger = "fremd-" + UUID.randomUUID();
        providerSignsIn(stranger);
        WebSession browser = WebSession.on(port);
        HttpResponse<String> refused = browser.getFollowing("/anmelden/oidc/idp");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.uri().getPath()).isEqualTo("/anmelden");
        assertThat(refused.body()).contains("Ihr Konto beim Anmeldedienst ist für die Sozialplattform nicht freigeschaltet.");
        assertThat(browser.get("/redaktion").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = :name AND action = 'sign-in-failed'")
                .param("name", stranger).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDisabledAccountIsRefused() {
        String name = "ehemals-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, enabled) VALUES (:name, '{noop}x', 'EDITOR', FALSE)")
                .param("name", name).update();
        providerSignsIn(name);
        WebSession browser = WebSession.on(port);
        HttpResponse<String> refused = browser.getFollowing("/anmelden/oidc/idp");
        assertThat(refused.uri().getPath()).isEqualTo("/anmelden");
        assertThat(refused.body()).contains("Ihr Konto ist gesperrt.");
        assertThat(browser.get("/redaktion").statusCode()).isEqualTo(302);
    }

    /** The provider's next sign-in is this user (as {@code preferred_username}), for our client. */
    private static void providerSignsIn(String username) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + username, "JWT",
                List.of(CLIENT_ID), Map.of("preferred_username", username), 3600));
    }

    private static MockOAuth2Server startProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        try {
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.wellKnownUrl(ISSUER).toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (discovery.statusCode() != 200) {
                throw new IllegalStateException("mock-oauth2-server discovery answered " + discovery.statusCode());
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }
}
