package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.Messages;
import de.sozialplattform.search.benefitfinder.Evaluation.Text;
import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Turns the {@link Text}s of an evaluation into sentences in the caller's language, German where a text is not
 * translated (as the questionnaire does). Numbers are formatted for the language ({@code 1.234} in German), which is
 * why rules pass years as strings.
 */
@Component
class EvaluateTexts {

    private final LightModules lightModules;

    EvaluateTexts(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    String text(Text text, String lang) {
        Messages messages = lightModules.messages();
        String pattern = messages.get(text.key(), lang);
        if (text.args().isEmpty()) {
            return pattern;
        }
        // the bundles' texts contain no apostrophes (a test checks), so MessageFormat's quoting cannot bite
        return new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(text.args().toArray());
    }
}
