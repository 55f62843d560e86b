package de.sozialplattform.cms.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public account pages (invitation links, password reset) for people who cannot sign in yet: open to
 * everyone, the links' tokens are the credential. CSRF protection stays on (Spring Security's session token), so
 * no other site can submit these forms in a visitor's name. Ordered after the API (1) and editorial (2) chains of
 * {@code security.SecurityConfiguration}, whose paths these do not overlap; the users API is in the API chain.
 */
@Configuration(proxyBeanMethods = false)
class AccountsWebSecurity {

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain accountPages(HttpSecurity http) throws Exception {
        http.securityMatcher(InvitationPaths.INVITATION + "/**", InvitationPaths.FORGOT_PASSWORD,
                        InvitationPaths.FORGOT_PASSWORD + "/**", InvitationPaths.NEW_PASSWORD + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // Links in mails are secrets: never let a shared cache or the browser's back button show them.
                .headers(headers -> headers.cacheControl(cache -> { }));
        return http.build();
    }
}
