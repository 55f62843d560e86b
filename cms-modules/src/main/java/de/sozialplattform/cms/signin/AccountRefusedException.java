package de.sozialplattform.cms.signin;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The identity provider signed someone in whom we do not let in: no account of that name, or a disabled one. */
class AccountRefusedException extends OAuth2AuthenticationException {

    enum Reason { UNKNOWN, DISABLED }

    private final Reason reason;
    private final String username;

    AccountRefusedException(Reason reason, String username) {
        super(new OAuth2Error("account_" + reason.name().toLowerCase(java.util.Locale.ROOT)),
                "No active account for the identity provider's user");
        this.reason = reason;
        this.username = username;
    }

    Reason reason() {
        return reason;
    }

    /** The user name the provider gave (or its subject when the claim was missing), for the audit log. */
    String username() {
        return username;
    }
}
