package de.sozialplattform.cms.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts ({@code sozial.accounts.*}).
 *
 * @param invitationValidity how long an invitation link can be used
 * @param resetValidity how long a password-reset link can be used
 * @param resetLimit how many reset mails one account gets within {@code resetWindow}; further requests are answered
 *        alike but send nothing, so nobody can flood a mailbox through the form
 * @param resetWindow the window of {@code resetLimit}
 * @param minPasswordLength the shortest password accepted (NIST SP 800-63B: length over composition rules)
 */
@ConfigurationProperties("sozial.accounts")
public record AccountsProperties(
        @DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("1h") Duration resetValidity,
        @DefaultValue("3") int resetLimit,
        @DefaultValue("1h") Duration resetWindow,
        @DefaultValue("12") int minPasswordLength) {
}
