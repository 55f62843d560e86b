package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.content.Translations;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.lightmodules.PropertyDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language a Delivery API answer is in: from {@code lang}, else the best match of {@code Accept-Language},
 * else the default language; {@code lang=all} returns every translation as stored. A missing translation falls
 * back to the default language.
 */
record DeliveryLanguage(String code, String defaultLanguage) {

    static final String ALL = "all";

    static DeliveryLanguage of(String lang, String acceptLanguage, List<String> languages) {
        String fallback = languages.get(0);
        if (lang != null) {
            if (!lang.equals(ALL) && !languages.contains(lang)) {
                throw InvalidInputException.of("lang", "must be one of " + String.join(", ", languages) + " or all");
            }
            return new DeliveryLanguage(lang, fallback);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), languages);
                return new DeliveryLanguage(match == null ? fallback : match, fallback);
            } catch (IllegalArgumentException e) {
                return new DeliveryLanguage(fallback, fallback); // a malformed header is no reason to refuse content
            }
        }
        return new DeliveryLanguage(fallback, fallback);
    }

    boolean all() {
        return ALL.equals(code);
    }

    /** The language used for filters, sorting and full text ({@code all} uses the default language). */
    String queryLanguage() {
        return all() ? defaultLanguage : code;
    }

    Object resolve(Map<String, Object> values, PropertyDefinition definition) {
        return Translations.resolve(values, definition, code, defaultLanguage);
    }
}
