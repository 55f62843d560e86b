package de.sozialplattform.search.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets partner portals call the public API from their pages. Credentials are never allowed: the API is public
 * and must not act on a visitor's cookies.
 */
@Configuration(proxyBeanMethods = false)
class PublicApiCors implements WebMvcConfigurer {

    private final PublicApiProperties properties;

    PublicApiCors(PublicApiProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/**")
                .allowedOrigins(properties.corsOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST")
                .allowCredentials(false)
                .maxAge(3600);
    }
}
