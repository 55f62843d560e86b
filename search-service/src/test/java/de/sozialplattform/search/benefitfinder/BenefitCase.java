package de.sozialplattform.search.benefitfinder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One household case of {@code benefitfinder/cases.yaml}: answers, date and what the rules must say.
 *
 * @param expect outcome per benefit id ({@code possible} or {@code unlikely})
 * @param reasons main reason per benefit, the part after {@code benefitFinder.reason.}
 * @param args arguments of that main reason per benefit
 * @param assumed assumptions that must appear, the part after {@code benefitFinder.reason.assumed.}
 * @param notAssumed assumptions that must not appear
 * @param notes expected notes: the key after {@code benefitFinder.note.}, then the arguments, space-separated
 * @param counselling benefits that must be marked as counselling
 */
record BenefitCase(String name, String law, LocalDate date, Answers answers, Map<String, String> expect,
        Map<String, String> reasons, Map<String, List<Object>> args, Map<String, List<String>> assumed,
        Map<String, List<String>> notAssumed, List<String> notes, List<String> counselling) {

    static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 6, 1);

    @SuppressWarnings("unchecked")
    static List<BenefitCase> load(String resource) {
        try (InputStream in = BenefitCase.class.getResourceAsStream(resource)) {
            Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Object> base = (Map<String, Object>) file.get("base");
            return ((List<Map<String, Object>>) file.get("cases")).stream().map(raw -> of(base, raw)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static BenefitCase of(Map<String, Object> base, Map<String, Object> raw) {
        Map<String, Object> values = new HashMap<>(base);
        ((Map<String, Object>) raw.getOrDefault("answers", Map.of())).forEach((id, value) -> {
            if (value == null) {
                values.remove(id); // "don't know"
            } else {
                values.put(id, value);
            }
        });
        values.replaceAll((id, value) -> value instanceof List<?> list ? new LinkedHashSet<>(list) : value);
        LocalDate date = raw.containsKey("date") ? LocalDate.parse((String) raw.get("date")) : DEFAULT_DATE;
        return new BenefitCase((String) raw.get("name"), (String) raw.get("law"), date, new Answers(values),
                map(raw, "expect"), map(raw, "reasons"), map(raw, "args"), map(raw, "assumed"),
                map(raw, "notAssumed"), list(raw, "notes"), list(raw, "counselling"));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Map<String, Object> raw, String key) {
        return (Map<String, V>) raw.getOrDefault(key, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> raw, String key) {
        return (List<String>) raw.getOrDefault(key, List.of());
    }

    @Override
    public String toString() {
        return name;
    }
}
