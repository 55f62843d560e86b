package de.sozialplattform.cms.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The identity provider's client registration, built from {@link OidcProperties} and the provider's discovery
 * document. Discovery happens on the first sign-in rather than at start, so replicas start while the provider is
 * down; a failed discovery is tried again on the next sign-in, a successful one is kept.
 */
class OidcClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(OidcClientRegistrations.class);

    private final OidcProperties properties;
    private volatile ClientRegistration registration;

    OidcClientRegistrations(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromOidcIssuerLocation(properties.issuerUri())
                    .registrationId(OidcProperties.REGISTRATION_ID)
                    .clientName(properties.displayName())
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .scope(properties.scopes())
                    // PKCE for our confidential client too: a stolen code is worthless without the verifier
                    .clientSettings(ClientSettings.builder().requireProofKey(true).build())
                    // {baseUrl} follows X-Forwarded-* behind the load balancer (server.forward-headers-strategy)
                    .redirectUri("{baseUrl}" + SignInPaths.OIDC_RETURN + "/{registrationId}")
                    .build();
        } catch (RuntimeException e) {
            log.warn("OpenID Connect provider {} could not be discovered: {}", properties.issuerUri(), e.toString());
            throw new IdentityProviderUnavailableException(e);
        }
    }
}
