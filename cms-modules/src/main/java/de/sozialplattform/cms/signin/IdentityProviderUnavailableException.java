package de.sozialplattform.cms.signin;

/** The identity provider's discovery document could not be read (provider down, wrong issuer URI). */
class IdentityProviderUnavailableException extends RuntimeException {

    IdentityProviderUnavailableException(Throwable cause) {
        super("The identity provider is not reachable", cause);
    }
}
