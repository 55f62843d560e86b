package de.sozialplattform.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The households of the benefit-finder bench ({@value #RESOURCE}), each as the body of an evaluation request, in
 * the bytes a client would send.
 */
final class Households {

    static final String RESOURCE = "/benefit-finder-households.yaml";

    /** One household: its name (for messages) and its request body as UTF-8 JSON. */
    record Household(String name, byte[] request) {
    }

    /** The request body as the evaluate endpoint reads it; the answers keep the order of the questions. */
    private record Request(String date, Map<String, Object> answers) {
    }

    private Households() {
    }

    /** Serialises every request with {@code json}, the application's mapper, as a client library would. */
    @SuppressWarnings("unchecked")
    static List<Household> load(JsonMapper json) {
        try (InputStream in = Households.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ((List<Map<String, Object>>) file.get("households")).stream()
                    .map(household -> new Household((String) household.get("name"), json.writeValueAsBytes(
                            new Request((String) household.get("date"),
                                    (Map<String, Object>) household.get("answers")))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
