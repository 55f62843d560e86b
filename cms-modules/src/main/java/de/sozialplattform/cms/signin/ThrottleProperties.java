package de.sozialplattform.cms.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling of local accounts (sign-in form and the APIs' HTTP Basic): once a user name, or a client
 * address, failed {@code maxFailures…} times within {@code window}, further attempts are refused for
 * {@code coolDown} without the password being checked.
 *
 * @param maxFailuresPerUser failures of one user name (existing or not) before it is blocked
 * @param maxFailuresPerAddress failures from one client address, over all user names, before it is blocked; higher,
 *     because several people may share an address (an office behind one gateway)
 * @param window how long failures are counted from the first one
 * @param coolDown how long a blocked user name or address stays blocked
 */
@ConfigurationProperties("sozial.security.sign-in-throttle")
record ThrottleProperties(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration coolDown) {

    ThrottleProperties {
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("sozial.security.sign-in-throttle: at least one failure must be allowed");
        }
        if (window.isNegative() || window.isZero() || coolDown.isNegative() || coolDown.isZero()) {
            throw new IllegalArgumentException("sozial.security.sign-in-throttle: window and cool-down must be positive");
        }
    }
}
