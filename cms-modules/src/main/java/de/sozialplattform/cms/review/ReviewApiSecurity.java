package de.sozialplattform.cms.review;

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
 * HTTP security of the review API, as for the management API: stateless HTTP Basic, answers in problem JSON, a
 * coarse role gate; {@code access.ContentAccess} decides per object. Its own chain keeps this feature's paths with
 * the feature (the lead may fold it into the CMS's API chain).
 */
@Configuration(proxyBeanMethods = false)
class ReviewApiSecurity {

    private final JsonMapper mapper;

    ReviewApiSecurity(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain reviewApi(HttpSecurity http) throws Exception {
        http.securityMatcher(ReviewController.BASE + "/**")
                .authorizeHttpRequests(auth -> auth
                        .anyRequest().hasAnyRole(Roles.EDITOR, Roles.REVIEWER, Roles.CENTRE_MAINTAINER))
                .httpBasic(basic -> basic.realmName("Sozialplattform")
                        .authenticationEntryPoint((request, response, e) -> problem(request, response,
                                HttpStatus.UNAUTHORIZED, "Sign in with a valid user name and password.")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(request, response,
                        HttpStatus.FORBIDDEN, "Your account may not do this.")))
                // Stateless, authenticated per request: no session cookie, hence no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
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
