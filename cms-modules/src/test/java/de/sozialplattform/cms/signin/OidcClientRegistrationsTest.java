package de.sozialplattform.cms.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * The identity provider is discovered on first use, not at start: while it is down, sign-in fails with a clear
 * exception (the sign-in page turns it into a message), and once it is up the next sign-in works without a restart.
 */
class OidcClientRegistrationsTest {

    @Test
    void aProviderThatIsDownIsTriedAgainOnTheNextSignIn() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OidcClientRegistrations registrations = new OidcClientRegistrations(new OidcProperties(
                "http://localhost:" + port + "/realm", "sozialplattform", "secret", "Landes-Login", "email",
                List.of("openid", "email")));

        assertThatThrownBy(() -> registrations.findByRegistrationId("idp"))
                .isInstanceOf(IdentityProviderUnavailableException.class);

        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(port);
        try {
            ClientRegistration registration = registrations.findByRegistrationId("idp");
            assertThat(registration.getClientName()).isEqualTo("Landes-Login");
            assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:" + port + "/realm");
            assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/anmelden/oidc/antwort/{registrationId}");
            assertThat(registration.getClientSettings().isRequireProofKey()).as("PKCE").isTrue();
            assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "email");
            assertThat(registrations.findByRegistrationId("other")).isNull();
        } finally {
            provider.shutdown();
        }
    }

    @Test
    void theSecretNeverShowsInTheSettingsPrintout() {
        OidcProperties properties = new OidcProperties("https://login.example/realms/s", "client", "very-secret",
                "Login", "preferred_username", List.of("openid"));
        assertThat(properties.toString()).doesNotContain("very-secret").contains("clientSecret=***");
    }
}
