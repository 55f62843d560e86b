package de.sozialplattform.cms.signin;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * How people sign in to the editorial web, for the security chain to apply: the sign-in form for local accounts,
 * and, when {@link OidcProperties} names an issuer, the identity provider's authorization-code flow. Both end on
 * {@code /redaktion} (or the page first asked for) and report failures on the sign-in page.
 */
@Component
public class EditorialSignIn {

    private final SignInFailures failures = new SignInFailures();
    private final OidcProperties oidc;
    private final SignInThrottle throttle;
    private final OidcClientRegistrations registrations;

    EditorialSignIn(OidcProperties oidc, SignInThrottle throttle) {
        this.oidc = oidc;
        this.throttle = throttle;
        this.registrations = oidc.enabled() ? new OidcClientRegistrations(oidc) : null;
    }

    /**
     * The password sign-in of local accounts for both chains (form and HTTP Basic), behind the login throttle. Give it
     * to Spring Security as the one {@code AuthenticationProvider} bean; then no unthrottled one is built.
     */
    public AuthenticationProvider passwordSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthentication(passwords, throttle);
    }

    /**
     * Exchanges the code for tokens over the JDK's HTTP client with time limits. Left to itself, Spring's RestClient
     * picks the Jetty client it finds on the class path, but that is Solr's Jetty 10, not the Jetty 12 Spring
     * expects ({@code NoSuchMethodError}); and a provider that hangs must not hold a request thread for ever.
     */
    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        JdkClientHttpRequestFactory http = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        http.setReadTimeout(Duration.ofSeconds(30));
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(http)
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    /** The addresses this sign-in answers, for the chain's request matcher. */
    public String[] paths() {
        return new String[] {SignInPaths.SIGN_IN, SignInPaths.SIGN_IN + "/**", SignInPaths.SIGN_OUT};
    }

    /**
     * Form login, sign-out and (when configured) OpenID Connect on the editorial chain; {@code accounts} are the
     * local accounts an identity from the provider must match.
     */
    public void configure(HttpSecurity http, UserDetailsService accounts) throws Exception {
        http.formLogin(form -> form.loginPage(SignInPaths.SIGN_IN)
                        .failureHandler(failures)
                        .defaultSuccessUrl(SignInPaths.EDITORIAL, false))
                .logout(logout -> logout.logoutUrl(SignInPaths.SIGN_OUT)
                        .logoutSuccessUrl(SignInPaths.SIGN_IN + "?abgemeldet"));
        if (registrations == null) {
            return;
        }
        http.oauth2Login(login -> login.loginPage(SignInPaths.SIGN_IN)
                .clientRegistrationRepository(registrations)
                // the provider's tokens are not needed after sign-in; kept in the session, never in replica memory
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .authorizationEndpoint(endpoint -> endpoint.baseUri(SignInPaths.OIDC_START))
                .redirectionEndpoint(endpoint -> endpoint.baseUri(SignInPaths.OIDC_RETURN + "/*"))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenClient()))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccounts(accounts, oidc.usernameClaim())))
                .defaultSuccessUrl(SignInPaths.EDITORIAL, false)
                .failureHandler(failures)
                // a provider that cannot be reached while starting the flow: the sign-in page says so, no error page
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }));
    }
}
