package de.sozialplattform.cms.security;

import de.sozialplattform.cms.signin.EditorialSignIn;
import de.sozialplattform.cms.signin.SignInPaths;
import de.sozialplattform.cms.signin.SignInThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP security of the CMS: the APIs are stateless HTTP Basic with answers in problem JSON; the editorial web
 * ({@code /redaktion}) signs in once per session (kept in the database, see {@link SessionConfiguration}) through
 * the sign-in page or the identity provider, with CSRF protection on every form. Both check passwords with the
 * one throttled provider from {@code signin}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages may not be framed by anyone (clickjacking); no plugins, no foreign base URL for relative links. */
    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    private final JsonMapper mapper;

    SecurityConfiguration(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one password check of both chains, throttled; being the only provider bean, Spring adds no other. */
    @Bean
    AuthenticationProvider passwordSignIn(EditorialSignIn signIn, UserStore users, PasswordEncoder passwordEncoder) {
        return signIn.passwordSignIn(users::loadUserByUsername, passwordEncoder);
    }

    /** Only with a web server: command-line runs of the jar ({@code export}, {@code import}) have no HTTP. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain cmsApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/.rest/nodes/**", "/.rest/trash/**", "/.rest/outbox/**", "/.rest/audit/**",
                        "/.rest/light-modules/**", "/.rest/preview/**", "/.rest/export/**", "/.rest/import/**",
                        "/.rest/feedback/**", "/.rest/assets/**", "/.rest/review/**", "/.rest/users/**",
                        "/api/v1/admin/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/.rest/outbox/**", "/.rest/audit/**", "/.rest/light-modules/**",
                                "/.rest/users/**", "/api/v1/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/.rest/trash/**").hasRole(Roles.ADMIN)
                        // assets stay with editors until centres attach flyers to their own locations
                        .requestMatchers("/.rest/assets/**").hasRole(Roles.EDITOR)
                        // Coarse gate only: ContentAccess decides per object what each of these roles may do.
                        .anyRequest().hasAnyRole(Roles.EDITOR, Roles.REVIEWER, Roles.CENTRE_MAINTAINER))
                .httpBasic(basic -> basic.realmName("Sozialplattform")
                        .authenticationEntryPoint(this::unauthenticated))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(request, response,
                        HttpStatus.FORBIDDEN, "Your account may not do this.")))
                // A stateless API authenticated per request: no session cookie, hence no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * Pages for people: a session after sign-in (a new session id at sign-in against fixation, the session ended at
     * sign-out), CSRF tokens in every form. Spring Security's default headers stay (no-store caching, nosniff,
     * {@code X-Frame-Options: DENY}, HSTS over HTTPS); the policy adds {@code frame-ancestors 'none'} for browsers
     * that go by CSP and keeps editorial addresses from leaking to other sites through the referrer.
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain editorialWeb(HttpSecurity http, EditorialSignIn signIn, UserStore users) throws Exception {
        http.securityMatcher(Stream.concat(Stream.of(SignInPaths.EDITORIAL, SignInPaths.EDITORIAL + "/**"),
                        Stream.of(signIn.paths())).toArray(String[]::new))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(SignInPaths.EDITORIAL, SignInPaths.EDITORIAL + "/**")
                        .hasAnyRole(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER, Roles.CENTRE_MAINTAINER)
                        // the sign-in page, the identity provider's start and return; sign-out needs no role
                        .anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new ActiveAccounts(users), AuthorizationFilter.class);
        signIn.configure(http, users::loadUserByUsername);
        return http.build();
    }

    /** 401, or 429 with {@code Retry-After} when the throttle refused the attempt (the password was not checked). */
    private void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
            problem(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-in attempts for this user name or from this address; try again later.");
        } else {
            problem(request, response, HttpStatus.UNAUTHORIZED, "Sign in with a valid user name and password.");
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sozialplattform\"");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + switch (status) {
            case UNAUTHORIZED -> "unauthorized";
            case TOO_MANY_REQUESTS -> "too-many-sign-in-attempts";
            default -> "forbidden";
        }));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(mapper.writeValueAsString(problem));
    }
}
