package de.sozialplattform.cms.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One version of an agreement people confirm, as the light-module file {@code agreements/<id>.yaml} holds it.
 *
 * @param title by language code
 * @param text plain text by language code; paragraphs separated by a blank line
 */
record Agreement(String id, String version, Map<String, String> title, Map<String, String> text) {

    static final String FALLBACK_LANGUAGE = "de";

    Agreement {
        title = Map.copyOf(title);
        text = Map.copyOf(text);
    }

    String title(Locale locale) {
        return title.getOrDefault(locale.getLanguage(), title.get(FALLBACK_LANGUAGE));
    }

    /** The language the text is shown in: the requested one when translated, else German. */
    String language(Locale locale) {
        return text.containsKey(locale.getLanguage()) ? locale.getLanguage() : FALLBACK_LANGUAGE;
    }

    List<String> paragraphs(Locale locale) {
        return Arrays.stream(text.get(language(locale)).split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }
}
