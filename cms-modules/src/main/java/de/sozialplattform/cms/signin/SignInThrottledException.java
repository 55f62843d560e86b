package de.sozialplattform.cms.signin;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because its user name or client address failed too often; the password was not checked. Says
 * nothing about whether the user name exists: unknown names are counted and blocked the same way.
 */
public class SignInThrottledException extends LockedException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    /** How long until the cool-down ends (at least one second). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
