package de.sozialplattform.cms.content;

import de.sozialplattform.lightmodules.PropertyDefinition;
import java.util.Map;

/** Magnolia's translation convention: {@code title} in the default language, {@code title_en} and so on. */
public final class Translations {

    private Translations() {
    }

    /** The value in {@code lang}: its translation for {@code i18n} properties, else the default-language value. */
    public static Object resolve(Map<String, Object> properties, PropertyDefinition definition, String lang,
            String defaultLang) {
        if (definition.i18n() && !lang.equals(defaultLang)) {
            Object translated = properties.get(definition.name() + "_" + lang);
            if (translated != null) {
                return translated;
            }
        }
        return properties.get(definition.name());
    }
}
