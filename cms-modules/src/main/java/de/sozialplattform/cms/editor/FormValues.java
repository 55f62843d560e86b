package de.sozialplattform.cms.editor;

import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an edit form as the browser sends them: input name (without the {@code p.} prefix) → texts.
 * A stored node is turned into the same shape, so a page shows stored values and values sent back after an error
 * alike. Names: {@code title}, {@code title_en}, {@code openingHours[0].opens}; the number of rows of a repeatable
 * group is {@code rows.<property>}.
 */
final class FormValues {

    static final String PREFIX = "p.";
    static final String ROWS = "rows.";

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("([0-9]{1,3})]");

    private final Map<String, List<String>> values;

    FormValues(Map<String, List<String>> values) {
        this.values = new LinkedHashMap<>(values);
    }

    /** From the request parameters: {@code p.*} and {@code rows.*}. */
    static FormValues fromRequest(Map<String, String[]> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            if (name.startsWith(PREFIX)) {
                values.put(name.substring(PREFIX.length()), List.of(given));
            } else if (name.startsWith(ROWS)) {
                values.put(name, List.of(given));
            }
        });
        return new FormValues(values);
    }

    static FormValues fromProperties(ContentType type, Map<String, Object> properties, List<String> languages) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        write(type, type.properties(), properties, "", languages, values);
        return new FormValues(values);
    }

    @SuppressWarnings("unchecked")
    private static void write(ContentType type, List<PropertyDefinition> model, Map<String, Object> properties,
            String prefix, List<String> languages, Map<String, List<String>> values) {
        for (PropertyDefinition definition : model) {
            for (String key : keys(definition, languages)) {
                Object value = properties.get(key);
                if (definition.type() == PropertyType.SUBMODEL) {
                    List<Object> rows = value instanceof List<?> list ? (List<Object>) list
                            : value == null ? List.of() : List.of(value);
                    values.put(ROWS + prefix + key, List.of(String.valueOf(rows.size())));
                    List<PropertyDefinition> sub = type.subModels().get(definition.target()).properties();
                    for (int i = 0; i < rows.size(); i++) {
                        if (rows.get(i) instanceof Map<?, ?> row) {
                            write(type, sub, (Map<String, Object>) row, prefix + key + "[" + i + "].", languages, values);
                        }
                    }
                } else if (value instanceof List<?> list) {
                    values.put(prefix + key, list.stream().map(String::valueOf).toList());
                } else if (value != null) {
                    values.put(prefix + key, List.of(String.valueOf(value)));
                }
            }
        }
    }

    /** The property keys of a definition: the name, and for translated properties {@code name_<lang>}. */
    static List<String> keys(PropertyDefinition definition, List<String> languages) {
        if (!definition.i18n()) {
            return List.of(definition.name());
        }
        List<String> keys = new ArrayList<>();
        keys.add(definition.name());
        languages.stream().skip(1).forEach(lang -> keys.add(definition.name() + "_" + lang));
        return keys;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    String first(String name) {
        List<String> given = all(name);
        return given.isEmpty() ? "" : given.get(0);
    }

    int rows(String name) {
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(first(ROWS + name))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    void put(String name, List<String> given) {
        values.put(name, List.copyOf(given));
    }

    /**
     * These values with the given properties' values replaced by the ones in {@code sent} (a property the browser
     * sent nothing for, such as a multi-select with nothing chosen, becomes empty).
     */
    FormValues overlay(FormValues sent, java.util.Collection<String> properties) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        values.forEach((name, given) -> {
            if (properties.stream().noneMatch(p -> belongsTo(name, p))) {
                merged.put(name, given);
            }
        });
        sent.values.forEach((name, given) -> {
            if (properties.stream().anyMatch(p -> belongsTo(name, p))) {
                merged.put(name, given);
            }
        });
        return new FormValues(merged);
    }

    private static boolean belongsTo(String name, String property) {
        String bare = name.startsWith(ROWS) ? name.substring(ROWS.length()) : name;
        return bare.equals(property) || bare.startsWith(property + "_") || bare.startsWith(property + "[");
    }

    /** Adds an empty row at the end of a group. */
    FormValues withRowAdded(String group) {
        FormValues copy = new FormValues(values);
        copy.put(ROWS + group, List.of(String.valueOf(rows(group) + 1)));
        return copy;
    }

    /** Removes row {@code index} of a group; later rows move up. */
    FormValues withRowRemoved(String group, int index) {
        int count = rows(group);
        if (index < 0 || index >= count) {
            return this;
        }
        Map<String, List<String>> moved = new LinkedHashMap<>();
        String rowPrefix = group + "[";
        values.forEach((name, given) -> {
            if (!name.startsWith(rowPrefix)) {
                moved.put(name, given);
                return;
            }
            java.util.regex.Matcher m = ROW.matcher(name.substring(rowPrefix.length()));
            if (!m.lookingAt()) {
                return; // not a row field of ours: a hand-made name, dropped
            }
            int row = Integer.parseInt(m.group(1));
            int close = rowPrefix.length() + m.end() - 1;
            if (row != index) {
                int target = row > index ? row - 1 : row;
                moved.put(group + "[" + target + "]" + name.substring(close + 1), given);
            }
        });
        moved.put(ROWS + group, List.of(String.valueOf(count - 1)));
        return new FormValues(moved);
    }
}
