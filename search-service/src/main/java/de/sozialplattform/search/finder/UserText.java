package de.sozialplattform.search.finder;

import de.sozialplattform.search.problem.InvalidParameterException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a citizen typed into plain words. Everything that is not a letter, digit or an inner hyphen is a
 * separator, and words are lower-cased: so {@code *:*}, {@code {!func}}, {@code _val_:}, {@code field:x},
 * wildcards, quotes and the operators AND/OR/NOT all become ordinary words (or nothing) before Solr sees them.
 */
final class UserText {

    private UserText() {
    }

    static List<String> words(String parameter, String text, int maxLength, int maxWords) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > maxLength) {
            throw new InvalidParameterException(parameter, "must be at most " + maxLength + " characters");
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint) || codePoint == '-' && !word.isEmpty()) {
                word.appendCodePoint(codePoint);
            } else {
                add(words, word);
            }
        }
        add(words, word);
        if (words.isEmpty()) {
            // Only syntax or symbols (e.g. "*:*"): an honest text match finds nothing, so say why instead.
            throw new InvalidParameterException(parameter, "must contain at least one word of letters or digits");
        }
        if (words.size() > maxWords) {
            throw new InvalidParameterException(parameter, "must have at most " + maxWords + " words");
        }
        return List.copyOf(words);
    }

    private static void add(List<String> words, StringBuilder word) {
        String value = word.toString().replaceAll("-+$", "");
        if (!value.isEmpty()) {
            words.add(value);
        }
        word.setLength(0);
    }

    /** A word folded to a-z and 0-9 (ä → a, ß → ss), as the typo-tolerant name field stores it. */
    static String folded(String word) {
        String decomposed = Normalizer.normalize(word.replace("ß", "ss"), Normalizer.Form.NFD);
        return decomposed.replaceAll("[^a-z0-9]", "");
    }
}
