package de.sozialplattform.search.web;

import de.sozialplattform.lightmodules.LightModules;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The web layer without a Spring context: the real templates, messages, language and layout for given pages. */
final class PageMvc {

    private PageMvc() {
    }

    static MockMvc of(LightModules lightModules, Object... controllers) {
        WebLanguages languages = new WebLanguages(lightModules);
        LightModuleMessageSource messages = new LightModuleMessageSource(lightModules);
        messages.setUseCodeAsDefaultMessage(true);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(engine);
        views.setCharacterEncoding("UTF-8");
        LayoutModel layout = new LayoutModel(languages);
        return MockMvcBuilders.standaloneSetup(controllers)
                .setControllerAdvice(layout, new WebPageErrors(layout))
                .setLocaleResolver(new PageLocaleResolver(languages))
                .setViewResolvers(views)
                .build();
    }
}
