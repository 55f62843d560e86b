package de.sozialplattform.search.web;

import de.sozialplattform.lightmodules.LightModules;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.support.AbstractMessageSource;

/**
 * Spring's messages ({@code #{key}} in templates) from the light modules' bundles, so editors change page texts in
 * the same files as every other label, without a build, and a missing translation falls back to German. Texts
 * with arguments are formatted by {@link MessageFormat}: they must not contain a plain apostrophe (use ’).
 */
class LightModuleMessageSource extends AbstractMessageSource {

    private final LightModules lightModules;

    LightModuleMessageSource(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return lightModules.messages().find(code, locale.getLanguage()).orElse(null);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String message = resolveCodeWithoutArguments(code, locale);
        return message == null ? null : new MessageFormat(message, locale);
    }
}
