package de.sozialplattform.cms.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AgreementGate} in front of the management API and the editorial web. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AccountsWebConfiguration implements WebMvcConfigurer {

    private final AgreementGate gate;

    AccountsWebConfiguration(AgreementGate gate) {
        this.gate = gate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(gate)
                .addPathPatterns("/.rest/**", "/redaktion", "/redaktion/**")
                // the public Delivery API has no signed-in caller
                .excludePathPatterns("/.rest/delivery/**");
    }
}
