package de.sozialplattform.cms.editor;

import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns the texts of an edit form back into property values of the content type, for the properties the form
 * offered for editing. It checks what the browser could not (number and date formats, options, patterns, required
 * values) and names each field it finds wrong with a message key; everything else is left to the content service's
 * validation, which the API uses too.
 */
@Component
class FormBinder {

    private final FieldRules rules;

    FormBinder(FieldRules rules) {
        this.rules = rules;
    }

    /**
     * @param editable base property names the form let the caller edit
     * @return property key → value ({@code null}: no value) for every key of the editable properties
     */
    Bound bind(ContentType type, FormValues form, Set<String> editable, List<String> languages) {
        Run run = new Run(type, form, languages);
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition definition : type.properties()) {
            if (editable.contains(definition.name())) {
                run.property(type.name(), definition, "", values);
            }
        }
        return new Bound(values, run.problems);
    }

    record Bound(Map<String, Object> values, List<FieldProblem> problems) {
    }

    /**
     * A field the form found wrong: {@code field} is the input name without prefix, {@code code} a message key
     * below {@code editor.error.}, {@code detail} the technical reason when the message key is {@code invalid}.
     */
    record FieldProblem(String field, String code, String detail) {
    }

    private final class Run {

        private final ContentType type;
        private final FormValues form;
        private final List<String> languages;
        private final List<FieldProblem> problems = new ArrayList<>();

        Run(ContentType type, FormValues form, List<String> languages) {
            this.type = type;
            this.form = form;
            this.languages = languages;
        }

        void property(String owner, PropertyDefinition definition, String prefix, Map<String, Object> into) {
            for (String key : FormValues.keys(definition, languages)) {
                String field = prefix + key;
                Object value = definition.type() == PropertyType.SUBMODEL ? group(definition, field)
                        : definition.multiple() ? list(owner, definition, field) : single(owner, definition, field,
                                form.first(field));
                boolean defaultLanguage = key.equals(definition.name());
                if (definition.required() && defaultLanguage && isEmpty(value) && !reported(field)) {
                    problems.add(new FieldProblem(field, "required", null));
                }
                into.put(key, isEmpty(value) ? null : value);
            }
        }

        private Object group(PropertyDefinition definition, String field) {
            List<PropertyDefinition> model = type.subModels().get(definition.target()).properties();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < form.rows(field); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                String rowPrefix = field + "[" + i + "].";
                if (model.stream().flatMap(d -> FormValues.keys(d, languages).stream())
                        .allMatch(key -> form.all(rowPrefix + key).stream().allMatch(String::isBlank))) {
                    continue; // an added row left empty is no row
                }
                for (PropertyDefinition sub : model) {
                    property(definition.target(), sub, rowPrefix, row);
                }
                row.values().removeIf(java.util.Objects::isNull);
                rows.add(row);
            }
            if (!definition.multiple()) {
                return rows.isEmpty() ? null : rows.get(0);
            }
            return rows;
        }

        private List<Object> list(String owner, PropertyDefinition definition, String field) {
            boolean lines = rules.options(owner, definition.name()).isEmpty()
                    && definition.type() != PropertyType.REFERENCE;
            List<String> given = lines ? form.first(field).lines().toList() : form.all(field);
            List<Object> values = new ArrayList<>();
            for (String text : given) {
                Object value = single(owner, definition, field, text);
                if (value != null && !values.contains(value)) {
                    values.add(value);
                }
            }
            return values;
        }

        private Object single(String owner, PropertyDefinition definition, String field, String text) {
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                return null;
            }
            Optional<List<String>> options = rules.options(owner, definition.name());
            if (options.isPresent() && !options.get().contains(trimmed)) {
                return problem(field, "option");
            }
            Optional<String> pattern = rules.pattern(owner, definition.name());
            if (pattern.isPresent() && !trimmed.matches(pattern.get())) {
                return problem(field, "pattern." + owner + "." + definition.name());
            }
            try {
                return switch (definition.type()) {
                    case STRING, ASSET -> trimmed;
                    case RICH_TEXT -> text;
                    case BOOLEAN -> switch (trimmed) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> problem(field, "yesNo");
                    };
                    case LONG -> Long.valueOf(trimmed);
                    case DOUBLE -> Double.valueOf(decimalPoint(trimmed));
                    case DECIMAL -> new BigDecimal(decimalPoint(trimmed)).toPlainString();
                    case DATE -> LocalDate.parse(trimmed).toString();
                    case REFERENCE -> UUID.fromString(trimmed).toString();
                    case SUBMODEL -> throw new IllegalStateException("groups are bound as rows");
                };
            } catch (NumberFormatException e) {
                return problem(field, definition.type() == PropertyType.LONG ? "wholeNumber" : "number");
            } catch (DateTimeParseException e) {
                return problem(field, "date");
            } catch (IllegalArgumentException e) {
                return problem(field, "reference");
            }
        }

        private Object problem(String field, String code) {
            if (!reported(field)) {
                problems.add(new FieldProblem(field, code, null));
            }
            return null;
        }

        private boolean reported(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }
    }

    /** German writes 48,5; both are accepted. */
    private static String decimalPoint(String text) {
        return text.replace(',', '.');
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
