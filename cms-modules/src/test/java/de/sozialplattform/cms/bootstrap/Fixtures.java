package de.sozialplattform.cms.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bootstrap files for the tests: from the class path, and small ones written here. */
final class Fixtures {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Each identifier of a fixture gets a fresh one (the same in every file), so a fixture can be imported often. */
    private final Map<String, String> fresh = new HashMap<>();

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no class-path resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String withFreshIds(String yaml) {
        Matcher matcher = UUID_TEXT.matcher(yaml);
        return matcher.replaceAll(match -> fresh.computeIfAbsent(match.group(), old -> UUID.randomUUID().toString()));
    }

    String idFor(String original) {
        return fresh.get(original);
    }

    /** A folder {@code set} with published pages, each given as name → title. */
    static String pages(String root, Map<String, String> ids, String... namesAndTitles) {
        StringBuilder yaml = new StringBuilder("'" + root + "':\n  'jcr:primaryType': 'mgnl:folder'\n");
        for (int i = 0; i < namesAndTitles.length; i += 2) {
            yaml.append(page(namesAndTitles[i], ids.get(namesAndTitles[i]), namesAndTitles[i + 1], ""));
        }
        return yaml.toString();
    }

    /** One published page, indented as a child of a top-level node; {@code extra} lines are added as they are. */
    static String page(String name, String id, String title, String extra) {
        return "  '" + name + "':\n"
                + "    'jcr:primaryType': 'infoPage'\n"
                + (id == null ? "" : "    'jcr:uuid': '" + id + "'\n")
                + "    'mgnl:activationStatus': true\n"
                + (title == null ? "" : "    'title': '" + title + "'\n")
                + "    'categories':\n      - 'benefit'\n"
                + "    'lastReviewed': 2026-11-01\n"
                + extra;
    }
}
