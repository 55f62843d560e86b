package de.sozialplattform.cms.signin;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps an identity the provider vouched for to our account of the same user name (the configured claim). The
 * provider decides who someone is, we decide what they may do: the roles are those of the {@code app_user} row
 * (as {@code ROLE_} authorities, like a local sign-in), organisations come from the memberships per request. An
 * identity without an account here, or with a disabled one, is refused.
 */
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final UserDetailsService accounts;
    private final String usernameClaim;

    OidcAccounts(UserDetailsService accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = provider.loadUser(request);
        Object claim = identity.getAttributes().get(usernameClaim);
        if (claim == null || claim.toString().isBlank()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.UNKNOWN, identity.getSubject());
        }
        String username = claim.toString();
        UserDetails account;
        try {
            account = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw new AccountRefusedException(AccountRefusedException.Reason.UNKNOWN, username);
        }
        if (!account.isEnabled()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.DISABLED, username);
        }
        return new DefaultOidcUser(account.getAuthorities(), identity.getIdToken(), identity.getUserInfo(),
                usernameClaim);
    }
}
