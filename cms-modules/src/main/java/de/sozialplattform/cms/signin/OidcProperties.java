package de.sozialplattform.cms.signin;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with an OpenID Connect identity provider (Keycloak, the state's IdP). Off while {@code issuerUri} is
 * empty: then nothing of OIDC is registered and the application needs no network to start. The provider only
 * says who someone is; roles and organisations stay in our {@code app_user} table.
 *
 * @param issuerUri the provider's issuer, e.g. {@code https://login.example/realms/sozial}; its discovery document
 *     ({@code /.well-known/openid-configuration}) is read on the first sign-in, not at start
 * @param clientId this application's client at the provider
 * @param clientSecret its secret, from the environment or a secret store
 * @param displayName the provider's name on the sign-in button ("Anmelden mit …")
 * @param usernameClaim the claim that holds our user name, e.g. {@code preferred_username} or {@code email}
 * @param scopes scopes to request; {@code openid} is always needed
 */
@ConfigurationProperties("sozial.security.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret,
        @DefaultValue("Single Sign-on") String displayName,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

    /** The one registration; it names the sign-in and return addresses ({@code /anmelden/oidc/idp}). */
    static final String REGISTRATION_ID = "idp";

    OidcProperties {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    @Override
    public String toString() {
        return "OidcProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret=***, displayName="
                + displayName + ", usernameClaim=" + usernameClaim + ", scopes=" + scopes + "]";
    }
}
