package de.sozialplattform.cms.apidocs;

import de.sozialplattform.cms.feedback.FeedbackProperties;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.filters.OpenApiMethodFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui/index.html}, both public
 * (the CMS's security filter chain covers only {@code /.rest/}). Defaults in {@code api-docs.properties}, which
 * application settings override.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:de/sozialplattform/cms/apidocs/api-docs.properties")
class ApiDocsConfiguration {

    @Bean
    OpenApiCustomizer cmsApiDocs(@Value("${sozial.api-docs.version}") String version, FeedbackProperties feedback) {
        return new ApiDocsCustomizer(version, feedback);
    }

    /**
     * Keeps the CMS's handlers below {@code /api/v1/} out of springdoc's scan ({@code /.rest/} is excluded by
     * setting): they are described explicitly, and the scan would leave component schemas of their Java types behind
     * that nothing refers to. springdoc includes a method only if every such filter agrees.
     */
    @Bean
    OpenApiMethodFilter cmsPathsDescribedExplicitly() {
        return method -> {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            return mapping == null || Arrays.stream(mapping.path()).noneMatch(path -> SearchAdminPaths.API_PATHS
                    .contains(path) || AssetPaths.DOWNLOAD.equals(path));
        };
    }
}
