package de.sozialplattform.cms.content;

import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns published properties into typed rows for filters and sorting, and into normalised text per language
 * for full-text queries. Translations fall back to the default language here, once, so queries need no
 * fallback logic.
 */
final class PublishedValues {

    static final int MAX_TEXT = 1000;

    private PublishedValues() {
    }

    /** One filterable value; {@code lang} is empty for values that are the same in every language. */
    record Value(String name, String lang, String text, Double number, String date) {

        String sortKey() {
            if (text == null) {
                return null;
            }
            String key = TextNormalizer.normalize(text);
            return key.length() <= 200 ? key : key.substring(0, 200);
        }
    }

    static List<Value> values(ContentType type, Map<String, Object> properties, List<String> languages) {
        List<Value> values = new ArrayList<>();
        for (PropertyDefinition definition : type.properties()) {
            if (definition.type() == PropertyType.SUBMODEL) {
                continue;
            }
            if (definition.i18n()) {
                for (String lang : languages) {
                    items(Translations.resolve(properties, definition, lang, languages.get(0)))
                            .forEach(item -> values.add(value(definition, lang, item)));
                }
            } else {
                items(properties.get(definition.name())).forEach(item -> values.add(value(definition, "", item)));
            }
        }
        return values;
    }

    /** Normalised text of all text properties (including sub-models) per language. */
    static Map<String, String> texts(ContentType type, Map<String, Object> properties, List<String> languages) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : languages) {
            StringBuilder text = new StringBuilder();
            collectText(type, type.properties(), properties, lang, languages.get(0), text);
            texts.put(lang, TextNormalizer.normalize(text.toString()));
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static void collectText(ContentType type, List<PropertyDefinition> model, Map<String, Object> properties,
            String lang, String defaultLang, StringBuilder text) {
        for (PropertyDefinition definition : model) {
            Object value = Translations.resolve(properties, definition, lang, defaultLang);
            if (definition.type() == PropertyType.SUBMODEL) {
                List<PropertyDefinition> subModel = type.subModels().get(definition.target()).properties();
                items(value).forEach(item -> collectText(type, subModel, (Map<String, Object>) item, lang, defaultLang, text));
            } else if (definition.type() == PropertyType.STRING || definition.type() == PropertyType.RICH_TEXT) {
                items(value).forEach(item -> text.append(' ').append(item));
            }
        }
    }

    private static List<?> items(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list : List.of(value);
    }

    private static Value value(PropertyDefinition definition, String lang, Object item) {
        return switch (definition.type()) {
            case LONG, DOUBLE, DECIMAL -> new Value(definition.name(), lang, String.valueOf(item),
                    new BigDecimal(String.valueOf(item)).doubleValue(), null);
            case DATE -> new Value(definition.name(), lang, null, null, DeliveryDates.sortable(String.valueOf(item)));
            case RICH_TEXT -> new Value(definition.name(), lang, truncate(TextNormalizer.stripTags(String.valueOf(item))), null, null);
            default -> new Value(definition.name(), lang, truncate(String.valueOf(item)), null, null);
        };
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
