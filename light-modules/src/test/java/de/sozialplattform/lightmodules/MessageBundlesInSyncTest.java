package de.sozialplattform.lightmodules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every shipped message exists in German and English, with the same keys, and none is blank. */
class MessageBundlesInSyncTest {

    private final Messages messages = new LightModules(new LightModulesProperties(null, Duration.ofMillis(50)),
            List.of(new ContentTypeParser())).messages();

    @Test
    void germanAndEnglishHaveTheSameKeys() {
        Map<String, String> german = messages.language("de");
        Map<String, String> english = messages.language("en");
        assertThat(german).isNotEmpty();
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(german.keySet()));
    }

    @Test
    void noMessageIsBlank() {
        for (String language : List.of("de", "en")) {
            messages.language(language).forEach((key, text) ->
                    assertThat(text).as(language + ": " + key).isNotBlank());
        }
    }
}
