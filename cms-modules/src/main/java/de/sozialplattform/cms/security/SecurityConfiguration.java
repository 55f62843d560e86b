package de.sozialplattform.cms.security;

import de.sozialplattform.cms.signin.SignInPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP security of the CMS: the APIs are stateless HTTP Basic with answers in problem JSON; the editorial web
 * ({@code /redaktion}) signs in once per session through the sign-in page, with CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private final JsonMapper mapper;

    SecurityConfiguration(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Only with a web server: command-line runs of the jar ({@code export}, {@code import}) have no HTTP. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain cmsApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/.rest/nodes/**", "/.rest/trash/**", "/.rest/outbox/**", "/.rest/audit/**",
                        "/.rest/light-modules/**", "/.rest/preview/**", "/.rest/export/**", "/.rest/import/**",
                        "/.rest/feedback/**", "/.rest/assets/**", "/api/v1/admin/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/.rest/outbox/**", "/.rest/audit/**", "/.rest/light-modules/**",
                                "/api/v1/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/.rest/trash/**").hasRole(Roles.ADMIN)
                        // assets stay with editors until centres attach flyers to their own locations
                        .requestMatchers("/.rest/assets/**").hasRole(Roles.EDITOR)
                        // Coarse gate only: ContentAccess decides per object what each of these roles may do.
                        .anyRequest().hasAnyRole(Roles.EDITOR, Roles.REVIEWER, Roles.CENTRE_MAINTAINER))
                .httpBasic(basic -> basic.realmName("Sozialplattform")
                        .authenticationEntryPoint((request, response, e) -> problem(request, response,
                                HttpStatus.UNAUTHORIZED, "Sign in with a valid user name and password.")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(request, response,
                        HttpStatus.FORBIDDEN, "Your account may not do this.")))
                // A stateless API authenticated per request: no session cookie, hence no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Pages for people: a session after sign-in, CSRF tokens in every form (Spring Security's defaults). */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain editorialWeb(HttpSecurity http) throws Exception {
        http.securityMatcher(SignInPaths.EDITORIAL, SignInPaths.EDITORIAL + "/**", SignInPaths.SIGN_IN,
                        SignInPaths.SIGN_OUT)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(SignInPaths.SIGN_IN).permitAll()
                        .anyRequest().hasAnyRole(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER, Roles.CENTRE_MAINTAINER))
                .formLogin(form -> form.loginPage(SignInPaths.SIGN_IN)
                        .failureUrl(SignInPaths.SIGN_IN + "?fehler")
                        .defaultSuccessUrl(SignInPaths.EDITORIAL, false))
                .logout(logout -> logout.logoutUrl(SignInPaths.SIGN_OUT)
                        .logoutSuccessUrl(SignInPaths.SIGN_IN + "?abgemeldet"));
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
        response.getWriter().write(mapper.writeValueAsString(problem));
    }
}
