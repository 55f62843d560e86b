package de.sozialplattform.search.web;

import de.sozialplattform.lightmodules.LightModules;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The web layer's language handling: messages from the light modules, the page language from {@code lang}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Spring looks the message source up by this name. */
    @Bean(name = "messageSource")
    MessageSource messageSource(LightModules lightModules) {
        LightModuleMessageSource source = new LightModuleMessageSource(lightModules);
        source.setUseCodeAsDefaultMessage(true); // a gap shows as its key, never as an error page
        return source;
    }

    /** The DispatcherServlet looks the resolver up by this name. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver(WebLanguages languages) {
        return new PageLocaleResolver(languages);
    }
}
