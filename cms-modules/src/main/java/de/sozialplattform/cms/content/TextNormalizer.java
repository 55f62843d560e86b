package de.sozialplattform.cms.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text for full-text matching, the same on every database: tags removed, lower case, German umlauts and ß
 * spelled out ({@code Bürgergeld} → {@code buergergeld}, as people type without umlauts), other accents removed.
 */
public final class TextNormalizer {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String plain = TAGS.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("&amp;", "&").replace("&nbsp;", " ");
        String folded = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        return SPACE.matcher(folded).replaceAll(" ").trim();
    }

    /** Plain text of rich text, for filters and sorting. */
    public static String stripTags(String html) {
        return SPACE.matcher(TAGS.matcher(html).replaceAll(" ")).replaceAll(" ").trim();
    }
}
