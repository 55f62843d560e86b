package de.sozialplattform.cms.bootstrap;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a node already holds the values a file gives, so a merge can leave it alone (no new version, no
 * publication). Compared loosely, as the file's values are not yet converted: numbers by value, everything else
 * by text. When in doubt the answer is "no", which only costs an unnecessary update.
 */
final class StoredValues {

    private StoredValues() {
    }

    static boolean hold(Map<String, ?> stored, Map<String, ?> incoming) {
        return incoming.entrySet().stream()
                .allMatch(e -> Objects.equals(canonical(stored.get(e.getKey())), canonical(e.getValue())));
    }

    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> result = new HashMap<>();
            map.forEach((key, item) -> {
                if (item != null) {
                    result.put(key, canonical(item));
                }
            });
            return result;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StoredValues::canonical).toList();
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).stripTrailingZeros();
            } catch (NumberFormatException e) {
                return number.toString();
            }
        }
        return value == null ? null : value.toString();
    }
}
