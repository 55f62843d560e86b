package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public account pages (invitation links, password reset) for people who cannot sign in yet: open to
 * everyone, the links' tokens are the credential. CSRF protection stays on (Spring Security's session token), so
 * no other site can submit these forms in a visitor's name. Ordered after the API (1) and editorial (2) chains,
 * whose paths these do not overlap.
 */
@Configuration(proxyBeanMethods = false)
class AccountsWebSecurity {

    private final JsonMapper json;

    AccountsWebSecurity(JsonMapper json) {
        this.json = json;
    }

    /** The users API: like the management API, stateless HTTP Basic with problem JSON, administrators only. */
    @Bean
    @Order(4)
    @ConditionalOnWebApplication
    SecurityFilterChain usersApi(HttpSecurity http) throws Exception {
        http.securityMatcher(UsersController.USERS, UsersController.USERS + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.realmName("Sozialplattform")
                        .authenticationEntryPoint((request, response, e) -> problem(request, response,
                                HttpStatus.UNAUTHORIZED, "Sign in with a valid user name and password.")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(request, response,
                        HttpStatus.FORBIDDEN, "Accounts are managed by administrators.")))
                // Stateless, authenticated per request: no session cookie, hence no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(5)
    @ConditionalOnWebApplication
    SecurityFilterChain accountPages(HttpSecurity http) throws Exception {
        http.securityMatcher(InvitationPaths.INVITATION + "/**", InvitationPaths.FORGOT_PASSWORD,
                        InvitationPaths.FORGOT_PASSWORD + "/**", InvitationPaths.NEW_PASSWORD + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // Links in mails are secrets: never let a shared cache or the browser's back button show them.
                .headers(headers -> headers.cacheControl(cache -> { }));
        return http.build();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sozialplattform\"");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + (status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden")));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
