package de.sozialplattform.search.geo;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns place names and user input into comparable keys. Germans type "Düsseldorf", "Duesseldorf" (no umlaut keys)
 * and foreigners "Dusseldorf", so every name gets two keys: umlauts transliterated (ä → ae) and umlauts folded
 * (ä → a). Both are lower case, ß → ss, other accents dropped (é → e), and any run of punctuation or spaces becomes
 * one space. A query matches when either of its keys equals, or is a prefix of, either key of a name.
 *
 * <p>One pass over the characters instead of regular expressions: the gazetteer computes ~50 000 keys at start-up.
 */
final class PlaceNames {

    private static final char COMBINING_DIAERESIS = '\u0308';

    private PlaceNames() {
    }

    /**
     * The keys of a name, transliterated first, without duplicates; empty when nothing comparable is left (e.g.
     * only punctuation). A word "St." also yields a key with "sankt": GeoNames writes "Sankt Ingbert" but also
     * "St. Blasien", and people type either.
     */
    static List<String> keys(String text) {
        String transliterated = transliterated(text);
        if (transliterated.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>(4);
        keys.add(transliterated);
        keys.add(folded(text));
        for (String key : List.copyOf(keys)) {
            String saint = (" " + key + " ").replace(" st ", " sankt ").strip();
            keys.add(saint);
        }
        return List.copyOf(keys);
    }

    static String transliterated(String text) {
        return key(text, true);
    }

    static String folded(String text) {
        return key(text, false);
    }

    private static String key(String text, boolean transliterate) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length() + 4);
        boolean separate = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String letters = letters(c, transliterate);
            if (c == COMBINING_DIAERESIS) {
                // a decomposed umlaut (u + U+0308), as copy and paste from some systems delivers it
                letters = transliterate && endsWithUmlautBase(key) ? "e" : "";
            }
            if (letters == null) {
                separate = true;
            } else if (!letters.isEmpty()) {
                if (separate && key.length() > 0) {
                    key.append(' ');
                }
                separate = false;
                key.append(letters);
            }
        }
        return key.toString();
    }

    /** The key letters of one lower-case character; "" to drop it (an accent), null for a word separator. */
    private static String letters(char c, boolean transliterate) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return String.valueOf(c);
        }
        switch (c) {
            case 'ä':
                return transliterate ? "ae" : "a";
            case 'ö':
                return transliterate ? "oe" : "o";
            case 'ü':
                return transliterate ? "ue" : "u";
            case 'ß':
                return "ss";
            default:
                break;
        }
        if (c < 128) {
            return null;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        }
        StringBuilder base = new StringBuilder(2);
        for (char part : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
            if (part >= 'a' && part <= 'z') {
                base.append(part);
            }
        }
        return base.length() > 0 ? base.toString() : null;
    }

    private static boolean endsWithUmlautBase(StringBuilder key) {
        if (key.length() == 0) {
            return false;
        }
        char last = key.charAt(key.length() - 1);
        return last == 'a' || last == 'o' || last == 'u';
    }
}
