package de.sozialplattform.search.apidocs;

import de.sozialplattform.search.finder.FinderProperties;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.filters.OpenApiMethodFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The search API's part of the OpenAPI document at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui/index.html}).
 */
@Configuration(proxyBeanMethods = false)
class SearchApiDocsConfiguration {

    @Bean
    OpenApiCustomizer searchApiDocs(Taxonomy taxonomy, FinderProperties limits) {
        return new SearchApiDocsCustomizer(taxonomy, limits);
    }

    /**
     * Keeps the handler methods of the explicitly described paths out of springdoc's scan: the customizer replaces
     * their scanned paths anyway, and the scan would leave component schemas of the Java types behind (e.g. the
     * finder's parameter map) that nothing refers to. springdoc includes a method only if every such filter agrees.
     */
    @Bean
    OpenApiMethodFilter searchPathsDescribedExplicitly() {
        return method -> {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            return mapping == null || Arrays.stream(mapping.path()).noneMatch(SearchApiDocsCustomizer.PATHS::contains);
        };
    }
}
