package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.problem.InvalidParameterException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The {@code lang} parameter of the benefit finder's API: German unless given; one plain language code, else 400. */
final class LanguageParameter {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private LanguageParameter() {
    }

    static String parse(List<String> values) {
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return "de";
        }
        String lang = values.get(0).strip().toLowerCase(Locale.ROOT);
        if (values.size() > 1 || !LANGUAGE.matcher(lang).matches()) {
            throw new InvalidParameterException("lang", "must be a language code such as de or en");
        }
        return lang;
    }
}
