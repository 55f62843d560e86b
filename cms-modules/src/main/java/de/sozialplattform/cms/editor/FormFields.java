package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import de.sozialplattform.search.web.WebLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the fields of an edit form from the content-type definition: the kind of input follows the property's
 * type (and whether it has options, is multiple or translated), labels and messages come from the {@code editor.*}
 * message bundles, selections from {@link FieldRules} and references from the nodes of the referenced type.
 */
@Component
class FormFields {

    /** References offer at most this many nodes of the target type, sorted by title. */
    private static final int MAX_CHOICES = 1000;

    private final FieldRules rules;
    private final ContentReader reader;
    private final LightModules lightModules;
    private final MessageSource messages;
    private final ContentProperties settings;

    FormFields(FieldRules rules, ContentReader reader, LightModules lightModules, MessageSource messages,
            ContentProperties settings) {
        this.rules = rules;
        this.reader = reader;
        this.lightModules = lightModules;
        this.messages = messages;
        this.settings = settings;
    }

    /** What the form needs to know besides the definition. */
    record Context(FormValues values, Map<String, String> errors, Predicate<String> editable,
            Map<String, TranslationStatus.State> translations, Locale locale) {
    }

    /** All fields of the type, translated texts in the default language. */
    List<FormField> main(ContentType type, Context context) {
        List<FormField> fields = new ArrayList<>();
        for (PropertyDefinition definition : type.properties()) {
            fields.add(field(type, type.name(), definition, definition.name(), "", context,
                    context.editable().test(definition.name())));
        }
        return fields;
    }

    /** The translated texts of the type in {@code lang}, with their source text and translation state. */
    List<FormField> translations(ContentType type, String lang, Context context) {
        List<FormField> fields = new ArrayList<>();
        for (PropertyDefinition definition : type.properties()) {
            if (definition.i18n() && definition.type() != PropertyType.SUBMODEL) {
                String key = definition.name() + "_" + lang;
                FormField field = field(type, type.name(), definition, key, "", context,
                        context.editable().test(definition.name()));
                TranslationStatus.State state = context.translations().get(key);
                String source = context.values().first(definition.name());
                fields.add(new FormField(field.name(), field.id(), field.label(), field.kind(), lang,
                        WebLanguages.direction(lang), false, field.editable(), field.values(), field.choices(),
                        field.pattern(), field.hint(), field.error(), field.rows(), false,
                        state == null ? null : state.name().toLowerCase(Locale.ROOT), source.isBlank() ? null : source));
            }
        }
        return fields;
    }

    private FormField field(ContentType type, String owner, PropertyDefinition definition, String key, String prefix,
            Context context, boolean editable) {
        String field = prefix + key;
        String id = "f-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
        String lang = key.equals(definition.name()) ? (definition.i18n() ? settings.defaultLanguage() : null)
                : key.substring(definition.name().length() + 1);
        String label = label(owner, definition.name(), context.locale());
        if (lang != null && !lang.equals(settings.defaultLanguage())) {
            // translations of rows sit next to the German field: the label says which language is which
            label = label + " (" + Locale.forLanguageTag(lang).getDisplayLanguage(context.locale()) + ")";
        }
        String hint = message("editor.hint." + owner + "." + definition.name(), context.locale());
        Optional<List<String>> options = rules.options(owner, definition.name());
        List<String> values = context.values().all(field);
        FormField.Kind kind = kind(definition, options.isPresent());
        if (hint == null && kind == FormField.Kind.RICH_TEXT) {
            hint = message("editor.richText.allowed", context.locale());
        }
        List<FormField.Choice> choices = switch (kind) {
            case SELECT, MULTI_SELECT -> options.orElseThrow().stream().map(o -> new FormField.Choice(o,
                    optionLabel(owner, definition.name(), o, context.locale()), values.contains(o))).toList();
            case REFERENCE, REFERENCES -> references(definition.target(), values, context.locale());
            case YES_NO -> List.of(new FormField.Choice("true", message("editor.yes", context.locale()),
                    values.contains("true")), new FormField.Choice("false", message("editor.no", context.locale()),
                    values.contains("false")));
            default -> List.of();
        };
        List<FormField.Row> rows = kind == FormField.Kind.GROUP ? rows(type, definition, field, context, editable)
                : List.of();
        return new FormField(FormValues.PREFIX + field, id, label, kind, lang, lang == null ? null
                : WebLanguages.direction(lang), definition.required() && key.equals(definition.name()), editable,
                values, choices, rules.pattern(owner, definition.name()).orElse(null), hint,
                context.errors().get(field), rows, definition.multiple(), null, null);
    }

    private List<FormField.Row> rows(ContentType type, PropertyDefinition definition, String field, Context context,
            boolean editable) {
        List<PropertyDefinition> model = type.subModels().get(definition.target()).properties();
        int count = definition.multiple() ? context.values().rows(field) : 1;
        List<FormField.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String rowPrefix = field + "[" + i + "].";
            List<FormField> fields = new ArrayList<>();
            List<FormField> translations = new ArrayList<>();
            for (PropertyDefinition sub : model) {
                for (String key : FormValues.keys(sub, settings.languages())) {
                    FormField built = field(type, definition.target(), sub, key, rowPrefix, context, editable);
                    (key.equals(sub.name()) ? fields : translations).add(built);
                }
            }
            rows.add(new FormField.Row(i, fields, translations));
        }
        return rows;
    }

    private static FormField.Kind kind(PropertyDefinition definition, boolean hasOptions) {
        return switch (definition.type()) {
            case STRING -> hasOptions ? (definition.multiple() ? FormField.Kind.MULTI_SELECT : FormField.Kind.SELECT)
                    : definition.multiple() ? FormField.Kind.LINES : FormField.Kind.TEXT;
            case ASSET -> FormField.Kind.TEXT;
            case RICH_TEXT -> FormField.Kind.RICH_TEXT;
            case BOOLEAN -> FormField.Kind.YES_NO;
            case LONG -> FormField.Kind.WHOLE_NUMBER;
            case DOUBLE, DECIMAL -> FormField.Kind.NUMBER;
            case DATE -> FormField.Kind.DATE;
            case REFERENCE -> definition.multiple() ? FormField.Kind.REFERENCES : FormField.Kind.REFERENCE;
            case SUBMODEL -> FormField.Kind.GROUP;
        };
    }

    /** Nodes of the referenced content type, labelled by title; images without alt text say so. */
    private List<FormField.Choice> references(String target, List<String> selected, Locale locale) {
        ContentType type = lightModules.contentTypes().get(target);
        if (type == null) {
            return List.of();
        }
        String noAlt = message("editor.asset.noAltText", locale);
        return reader.list(type.workspace(), "/", type.nodeType(), null, MAX_CHOICES, 0).stream()
                .map(node -> new FormField.Choice(node.id().toString(), title(node)
                        + (AssetRules.imageWithoutAltText(node) ? " (" + noAlt + ")" : ""),
                        selected.contains(node.id().toString())))
                .sorted(java.util.Comparator.comparing(FormField.Choice::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** What lists and references show of a node: its title, else its name property, else its node name. */
    static String title(Node node) {
        for (String property : List.of("title", "name")) {
            if (node.properties().get(property) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return node.name();
    }

    String label(String owner, String property, Locale locale) {
        String specific = message("editor.field." + owner + "." + property, locale);
        if (specific != null) {
            return specific;
        }
        String general = message("editor.field." + property, locale);
        return general != null ? general : property;
    }

    private String optionLabel(String owner, String property, String option, Locale locale) {
        String label = message("editor.option." + option, locale);
        return label != null ? label : option;
    }

    private String message(String key, Locale locale) {
        String text = messages.getMessage(key, null, null, locale);
        // the light-module message source answers an unknown key with the key itself
        return text == null || text.equals(key) ? null : text;
    }
}
