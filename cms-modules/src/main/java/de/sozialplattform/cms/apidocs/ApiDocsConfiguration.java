package de.sozialplattform.cms.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui/index.html}, both public
 * (the CMS's security filter chain covers only {@code /.rest/}). Defaults in {@code api-docs.properties}, which
 * application settings override.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:de/sozialplattform/cms/apidocs/api-docs.properties")
class ApiDocsConfiguration {

    @Bean
    OpenApiCustomizer cmsApiDocs(@Value("${sozial.api-docs.version}") String version) {
        return new ApiDocsCustomizer(version);
    }
}
