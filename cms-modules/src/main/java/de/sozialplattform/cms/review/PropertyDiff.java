package de.sozialplattform.cms.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Field-by-field comparison of two property maps (published ↔ submitted), in the order of the content type's
 * properties with translations after their base property. Values are shown as text: lists joined, sub-forms
 * (opening hours, announcements) one entry per line.
 */
final class PropertyDiff {

    private PropertyDiff() {
    }

    /**
     * The properties whose values differ. {@code order} are the content type's property names; names not in it
     * come last, alphabetically.
     */
    static List<Change> changes(Map<String, Object> before, Map<String, Object> after, List<String> order) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(before.keySet());
        names.addAll(after.keySet());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> {
            int byType = Integer.compare(rank(base(a), order), rank(base(b), order));
            return byType != 0 ? byType : a.compareTo(b);
        });
        List<Change> changes = new ArrayList<>();
        for (String name : sorted) {
            Object old = before.get(name);
            Object now = after.get(name);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(name, base(name), language(name), text(old), text(now)));
            }
        }
        return changes;
    }

    private static int rank(String name, List<String> order) {
        int index = order.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** {@code description_en} → {@code description}. */
    static String base(String name) {
        int underscore = name.lastIndexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }

    private static String language(String name) {
        int underscore = name.lastIndexOf('_');
        return underscore < 0 ? null : name.substring(underscore + 1);
    }

    /** A value as a reader sees it; {@code null} when absent. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            boolean structured = values.stream().anyMatch(Map.class::isInstance);
            return values.stream().map(PropertyDiff::text).collect(Collectors.joining(structured ? "\n" : ", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    /**
     * One changed property.
     *
     * @param property the stored name, e.g. {@code description_en}
     * @param base the content type's property, e.g. {@code description} (for its label)
     * @param language the translation's language, or {@code null}
     * @param published the published value as text, {@code null} when it had none
     * @param submitted the submitted value as text, {@code null} when it is removed
     */
    record Change(String property, String base, String language, String published, String submitted) {
    }
}
