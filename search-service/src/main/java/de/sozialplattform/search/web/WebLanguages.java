package de.sozialplattform.search.web;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The languages pages are offered in: those of the light modules' message bundles, German first. Also knows the
 * writing direction, so a right-to-left language added as a bundle needs no code.
 */
@Component
public class WebLanguages {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ku", "yi");

    private final LightModules lightModules;

    public WebLanguages(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    /** German first, then the others alphabetically. */
    public List<String> supported() {
        Set<String> languages = lightModules.messages().languages();
        return languages.stream()
                .sorted((a, b) -> a.equals(Messages.DEFAULT_LANGUAGE) ? -1
                        : b.equals(Messages.DEFAULT_LANGUAGE) ? 1 : a.compareTo(b))
                .toList();
    }

    public boolean supports(String lang) {
        return lang != null && lightModules.messages().languages().contains(lang.toLowerCase(Locale.ROOT));
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public static String direction(String lang) {
        return RIGHT_TO_LEFT.contains(lang) ? "rtl" : "ltr";
    }
}
