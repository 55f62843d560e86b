package de.sozialplattform.search.centres;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/** Plain text of rich text for the index: tags removed, entities decoded, whitespace collapsed. */
final class HtmlText {

    // Unicode classes, so the no-break spaces of &nbsp; collapse like any other space
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private HtmlText() {
    }

    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // Lucene's filter is the one Solr itself uses for HTML: it knows entities, comments and script blocks.
        StringBuilder text = new StringBuilder(html.length());
        try (Reader reader = new HTMLStripCharFilter(new StringReader(html))) {
            char[] buffer = new char[1024];
            for (int read = reader.read(buffer); read > 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
