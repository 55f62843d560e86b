package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.access.LocationFields;
import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.search.web.WebLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts together what the edit page shows: fields, language tabs, error summary, and the actions allowed. */
@Component
class EditView {

    private final FormFields fields;
    private final EditorNodes nodes;
    private final ContentReader reader;
    private final ContentProperties settings;

    EditView(FormFields fields, EditorNodes nodes, ContentReader reader, ContentProperties settings) {
        this.fields = fields;
        this.nodes = nodes;
        this.reader = reader;
        this.settings = settings;
    }

    /** The base property names {@code caller} may change on {@code node}. */
    Predicate<String> editable(Caller caller, Node node) {
        if (!nodes.may(caller, ContentAction.UPDATE, node)) {
            return property -> false;
        }
        if (caller.isMaintainerOnly()) {
            return LocationFields.UPDATABLE::contains;
        }
        return property -> true;
    }

    void fill(Model model, Caller caller, EditorNodes.Loaded loaded, FormValues values, Map<String, String> errors,
            Locale locale) {
        Node node = loaded.node();
        var states = TranslationStatus.of(loaded.type(), node, reader.versions(node.workspace(), node.path()),
                settings.languages());
        FormFields.Context context = new FormFields.Context(values, errors, editable(caller, node), states, locale);
        List<FormField> main = fields.main(loaded.type(), context);
        List<Tab> tabs = new ArrayList<>();
        for (String lang : settings.languages().subList(1, settings.languages().size())) {
            List<FormField> translated = fields.translations(loaded.type(), lang, context);
            if (!translated.isEmpty()) {
                tabs.add(new Tab(lang, Locale.forLanguageTag(lang).getDisplayLanguage(locale),
                        WebLanguages.direction(lang), translated, count(translated, "missing"),
                        count(translated, "outdated")));
            }
        }
        List<FormField> all = new ArrayList<>(main);
        tabs.forEach(tab -> all.addAll(tab.fields()));
        model.addAttribute("node", node);
        model.addAttribute("changedAt", Times.format(node.modifiedAt()));
        model.addAttribute("scheduledAt", node.publishAt() == null ? null : Times.format(node.publishAt()));
        model.addAttribute("expiresAt", node.expireAt() == null ? null : Times.format(node.expireAt()));
        model.addAttribute("typeName", loaded.type().name());
        model.addAttribute("nodeTitle", FormFields.title(node));
        model.addAttribute("fields", main);
        model.addAttribute("tabs", tabs);
        model.addAttribute("errorSummary", summary(all));
        model.addAttribute("editable", main.stream().anyMatch(FormField::editable));
        model.addAttribute("fieldNames", main.stream().filter(FormField::editable)
                .map(f -> f.name().substring(FormValues.PREFIX.length())).toList());
        model.addAttribute("canPublish", nodes.may(caller, ContentAction.PUBLISH, node));
        model.addAttribute("reviewActions", caller.isMaintainerOnly() && "location".equals(node.nodeType()));
        model.addAttribute("canUnpublish", node.published() && nodes.may(caller, ContentAction.UNPUBLISH, node));
        model.addAttribute("canPreview", PreviewForm.previewable(node) && nodes.may(caller, ContentAction.PREVIEW, node));
        model.addAttribute("previewUrl", EditorPaths.HOME + "/vorschau/" + node.workspace() + node.path());
        model.addAttribute("canGeocode", editable(caller, node).test("latitude")
                && loaded.type().property("postalCode").isPresent());
        model.addAttribute("editUrl", EditorPaths.edit(node.workspace(), node.path()));
        model.addAttribute("historyUrl", EditorPaths.history(node.workspace(), node.path()));
        model.addAttribute("publishUrl", EditorPaths.HOME + "/veroeffentlichen/" + node.workspace() + node.path());
        model.addAttribute("unpublishUrl", EditorPaths.HOME + "/zurueckziehen/" + node.workspace() + node.path());
        model.addAttribute("listUrl", EditorPaths.list(loaded.type().name()));
    }

    private static int count(List<FormField> fields, String state) {
        return (int) fields.stream().filter(f -> state.equals(f.translation())).count();
    }

    /** Every field with an error, in page order, rows included: the error summary links to each. */
    private static List<FormField> summary(List<FormField> fields) {
        List<FormField> withErrors = new ArrayList<>();
        for (FormField field : fields) {
            if (field.error() != null) {
                withErrors.add(field);
            }
            for (FormField.Row row : field.rows()) {
                withErrors.addAll(summary(row.fields()));
                withErrors.addAll(summary(row.translations()));
            }
        }
        return withErrors;
    }

    /** One language tab: its translated fields and how many are missing or outdated. */
    record Tab(String lang, String name, String dir, List<FormField> fields, int missing, int outdated) {

        public String id() {
            return "lang-" + lang;
        }
    }
}
