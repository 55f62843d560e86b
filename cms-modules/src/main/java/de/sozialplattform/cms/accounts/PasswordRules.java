package de.sozialplattform.cms.accounts;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough and not the user name. No composition rules (NIST SP 800-63B §5.1.1.2):
 * length is what makes passwords strong, and forced symbols only make people write them down.
 */
@Component
class PasswordRules {

    /** Message keys of the problems, shown next to the field. */
    static final String TOO_SHORT = "accounts.password.tooShort";
    static final String CONTAINS_NAME = "accounts.password.containsName";
    static final String MISMATCH = "accounts.password.mismatch";

    private final AccountsProperties properties;

    PasswordRules(AccountsProperties properties) {
        this.properties = properties;
    }

    int minLength() {
        return properties.minPasswordLength();
    }

    /** The problem with {@code password} for {@code username}, as a message key; empty when it is fine. */
    Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < properties.minPasswordLength()) {
            return Optional.of(TOO_SHORT);
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(CONTAINS_NAME);
        }
        return Optional.empty();
    }
}
