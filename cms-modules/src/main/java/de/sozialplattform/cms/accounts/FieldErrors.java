package de.sozialplattform.cms.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problems of a submitted form by field name, as message keys, in the order the fields appear. */
final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    void reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    boolean any() {
        return !errors.isEmpty();
    }

    /** For templates: field name → message key. */
    Map<String, String> asMap() {
        return Map.copyOf(errors);
    }

    Map<String, String> ordered() {
        return new LinkedHashMap<>(errors);
    }
}
