package de.sozialplattform.cms.access;

import de.sozialplattform.cms.security.Memberships;
import de.sozialplattform.cms.security.Roles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take a {@link Caller} argument: the authenticated user with roles, and for centre maintainers
 * the organisations they act for, read per request so a revoked membership counts at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class CallerArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private static final String ROLE_PREFIX = "ROLE_";

    private final Memberships memberships;

    CallerArguments(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        if (!(request.getUserPrincipal() instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            // The security filter chain lets no anonymous request reach these controllers; be sure anyway.
            throw new de.sozialplattform.cms.problem.ForbiddenException("Sign in first.");
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        Set<String> organisations = roles.contains(Roles.CENTRE_MAINTAINER)
                ? memberships.of(authentication.getName()) : Set.of();
        return new Caller(authentication.getName(), roles, organisations);
    }
}
