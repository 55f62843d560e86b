package de.sozialplattform.cms.content;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the content repository.
 *
 * @param languages content languages; the first is the default, stored without suffix (Magnolia's convention),
 *     the others as {@code name_<lang>}
 * @param schedulerInterval how often scheduled publications and expiries are applied
 */
@ConfigurationProperties("sozial.content")
public record ContentProperties(
        @DefaultValue({"de", "en", "ar", "tr", "uk", "ru", "fa"}) List<String> languages,
        @DefaultValue("10s") Duration schedulerInterval) {

    public String defaultLanguage() {
        return languages.get(0);
    }
}
