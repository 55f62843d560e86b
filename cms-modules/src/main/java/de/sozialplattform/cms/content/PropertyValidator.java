package de.sozialplattform.cms.content;

import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.InvalidInputException.FieldError;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Checks property values against a content-type model and brings them into their stored form: unknown
 * property, wrong type, missing required value each become a {@link FieldError} naming the property (as a path
 * such as {@code sections[1].heading_en}); rich text is sanitised; references are collected for the caller.
 */
@Component
class PropertyValidator {

    private final RichTextSanitizer sanitizer;
    private final ContentProperties settings;

    PropertyValidator(RichTextSanitizer sanitizer, ContentProperties settings) {
        this.sanitizer = sanitizer;
        this.settings = settings;
    }

    /**
     * Validates a complete property map.
     *
     * @param lenient accept scalars given as text (YAML import) and convert them to the property's type
     */
    Validated validate(ContentType type, Map<String, Object> values, boolean lenient) {
        Run run = new Run(type, lenient);
        Map<String, Object> result = run.object(type.properties(), values, "", run.lookup(type.properties()));
        if (!run.errors.isEmpty()) {
            throw new InvalidInputException(run.errors);
        }
        return new Validated(result, run.references);
    }

    /** Stored property values and the references they contain (property path → referenced node id). */
    record Validated(Map<String, Object> properties, List<Reference> references) {
    }

    record Reference(String property, PropertyDefinition definition, String targetId) {
    }

    /** One validation pass; collects all errors instead of stopping at the first. */
    private final class Run {

        private final ContentType type;
        private final boolean lenient;
        private final List<FieldError> errors = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();

        Run(ContentType type, boolean lenient) {
            this.type = type;
            this.lenient = lenient;
        }

        Function<String, PropertyDefinition> lookup(List<PropertyDefinition> model) {
            return name -> model.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }

        Map<String, Object> object(List<PropertyDefinition> model, Map<String, Object> values, String prefix,
                Function<String, PropertyDefinition> lookup) {
            Map<String, Object> result = new LinkedHashMap<>();
            values.forEach((key, value) -> {
                String field = prefix + key;
                PropertyDefinition definition = definitionFor(key, lookup);
                if (definition == null) {
                    errors.add(new FieldError(field, "is not a property of this content type"));
                } else if (value != null) {
                    Object converted = property(definition, value, field);
                    if (converted != null) {
                        result.put(key, converted);
                    }
                }
            });
            for (PropertyDefinition definition : model) {
                String field = prefix + definition.name();
                boolean alreadyReported = errors.stream().anyMatch(e -> e.field().equals(field));
                if (definition.required() && isEmpty(result.get(definition.name())) && !alreadyReported) {
                    errors.add(new FieldError(field, "is required"));
                }
            }
            return result;
        }

        /** The definition for {@code key}, which is a property name or a translation {@code name_<lang>}. */
        private PropertyDefinition definitionFor(String key, Function<String, PropertyDefinition> lookup) {
            int underscore = key.lastIndexOf('_');
            if (underscore < 0) {
                return lookup.apply(key);
            }
            String language = key.substring(underscore + 1);
            PropertyDefinition base = lookup.apply(key.substring(0, underscore));
            boolean knownTranslation = settings.languages().indexOf(language) > 0;
            return base != null && base.i18n() && knownTranslation ? base : null;
        }

        private Object property(PropertyDefinition definition, Object value, String field) {
            if (!definition.multiple()) {
                return single(definition, value, field);
            }
            if (!(value instanceof List<?> list)) {
                errors.add(new FieldError(field, "must be a list of values"));
                return null;
            }
            List<Object> converted = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i) == null ? null : single(definition, list.get(i), field + "[" + i + "]");
                if (item == null) {
                    errors.add(new FieldError(field + "[" + i + "]", "must not be empty"));
                } else {
                    converted.add(item);
                }
            }
            return converted;
        }

        private Object single(PropertyDefinition definition, Object value, String field) {
            if (definition.type() == PropertyType.SUBMODEL) {
                return subModel(definition, value, field);
            }
            try {
                Object converted = ValueConversion.convert(definition.type(), value, lenient);
                if (definition.type() == PropertyType.RICH_TEXT) {
                    converted = sanitizer.sanitize((String) converted);
                } else if (definition.type() == PropertyType.REFERENCE) {
                    references.add(new Reference(field, definition, (String) converted));
                }
                return converted;
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, e.getMessage()));
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        private Object subModel(PropertyDefinition definition, Object value, String field) {
            if (!(value instanceof Map<?, ?> map)) {
                errors.add(new FieldError(field, "must be an object with the properties of '" + definition.target() + "'"));
                return null;
            }
            List<PropertyDefinition> model = type.subModels().get(definition.target()).properties();
            return object(model, (Map<String, Object>) map, field + ".", lookup(model));
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }
}
