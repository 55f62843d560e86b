package de.sozialplattform.lightmodules;

import java.util.Map;
import java.util.Optional;

/**
 * Labels and messages from the light modules' {@code i18n/*.properties} bundles (Magnolia's format:
 * {@code <bundle>_<lang>.properties}, UTF-8). German is the default and the fallback for missing keys.
 */
public final class Messages {

    public static final String DEFAULT_LANGUAGE = "de";

    private final Map<String, Map<String, String>> byLanguage;

    Messages(Map<String, Map<String, String>> byLanguage) {
        Map<String, Map<String, String>> copy = new java.util.HashMap<>();
        byLanguage.forEach((language, messages) -> copy.put(language, Map.copyOf(messages)));
        this.byLanguage = Map.copyOf(copy); // immutable all the way down: a snapshot must not change
    }

    /** The message in {@code language}, else in German, else empty. */
    public Optional<String> find(String key, String language) {
        return Optional.ofNullable(byLanguage.getOrDefault(language, Map.of()).get(key))
                .or(() -> Optional.ofNullable(byLanguage.getOrDefault(DEFAULT_LANGUAGE, Map.of()).get(key)));
    }

    /** The message, falling back to German and finally to the key itself so a gap is visible, not blank. */
    public String get(String key, String language) {
        return find(key, language).orElse(key);
    }

    /** All keys and messages of one language exactly as the bundles give them (no fallback). */
    public Map<String, String> language(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    public java.util.Set<String> languages() {
        return byLanguage.keySet();
    }
}
