package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Field-by-field comparison of two property maps in the order of the content type, every language of translated
 * texts as a field of its own. Values are shown as text: lists joined, groups (opening hours, sections) one row
 * per line, so a changed opening hour is visible at a glance.
 */
@Component
class VersionDiff {

    private final FormFields fields;
    private final ContentProperties settings;

    VersionDiff(FormFields fields, ContentProperties settings) {
        this.fields = fields;
        this.settings = settings;
    }

    List<Row> rows(ContentType type, Map<String, Object> version, Map<String, Object> current, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (PropertyDefinition definition : type.properties()) {
            String label = fields.label(type.name(), definition.name(), locale);
            for (String key : FormValues.keys(definition, settings.languages())) {
                Object before = version.get(key);
                Object now = current.get(key);
                if (before == null && now == null) {
                    continue;
                }
                String suffix = key.equals(definition.name()) ? ""
                        : " (" + Locale.forLanguageTag(key.substring(definition.name().length() + 1))
                                .getDisplayLanguage(locale) + ")";
                rows.add(new Row(label + suffix, text(before), text(now), !Objects.equals(before, now)));
            }
        }
        return rows;
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof List<?> list) {
            boolean rows = list.stream().anyMatch(Map.class::isInstance);
            return list.stream().map(VersionDiff::text).collect(Collectors.joining(rows ? "\n" : ", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    /** One field: its label, the version's value, the current value, whether they differ. */
    record Row(String label, String version, String current, boolean changed) {
    }
}
