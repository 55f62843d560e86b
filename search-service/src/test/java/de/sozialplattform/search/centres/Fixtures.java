package de.sozialplattform.search.centres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hand-written Delivery API answers from {@code src/test/resources/centres/<name>.<lang>.json}. */
final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {
    }

    static Map<String, JsonNode> location(String name, String... langs) {
        Map<String, JsonNode> byLanguage = new LinkedHashMap<>();
        for (String lang : langs) {
            byLanguage.put(lang, read(name + "." + lang + ".json"));
        }
        return byLanguage;
    }

    private static JsonNode read(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/centres/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
