package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.PreconditionException;
import de.sozialplattform.search.geo.Gazetteer;
import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The edit form of one node, generated from its content type. Saving sends only what changed, with the lock
 * version the form was loaded with: when someone else saved meanwhile, the form comes back with the user's input
 * and a message instead of overwriting. Buttons that add or remove a row of a group, or look up coordinates,
 * submit the form too, so everything works without JavaScript; they save nothing.
 */
@Controller
@WebPage
class EditPage {

    private final EditorNodes nodes;
    private final EditView view;
    private final FormBinder binder;
    private final FieldMessages messages;
    private final ContentService content;
    private final ContentReader reader;
    private final ContentProperties settings;
    private final Gazetteer gazetteer;

    EditPage(EditorNodes nodes, EditView view, FormBinder binder, FieldMessages messages, ContentService content,
            ContentReader reader, ContentProperties settings, Gazetteer gazetteer) {
        this.nodes = nodes;
        this.view = view;
        this.binder = binder;
        this.messages = messages;
        this.content = content;
        this.reader = reader;
        this.settings = settings;
        this.gazetteer = gazetteer;
    }

    @GetMapping(EditorPaths.EDIT)
    String show(Caller caller, @PathVariable String workspace, @PathVariable String path,
            @RequestParam(required = false) String notice, Model model, Locale locale) {
        EditorNodes.Loaded loaded = nodes.load(caller, ContentAction.READ, workspace, path);
        FormValues values = FormValues.fromProperties(loaded.type(), loaded.node().properties(), settings.languages());
        view.fill(model, caller, loaded, values, Map.of(), locale);
        model.addAttribute("lock", loaded.node().lockVersion());
        model.addAttribute("notice", notice == null ? null : notice.replaceAll("[^a-z]", ""));
        return "editor/edit";
    }

    @PostMapping(EditorPaths.EDIT)
    String submit(Caller caller, @PathVariable String workspace, @PathVariable String path, @RequestParam String lock,
            @RequestParam(defaultValue = "save") String action, @RequestParam(name = "fields", required = false)
            List<String> fieldNames, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        EditorNodes.Loaded loaded = nodes.load(caller, ContentAction.UPDATE, workspace, path);
        Node node = loaded.node();
        Set<String> sentFields = new LinkedHashSet<>(fieldNames == null ? List.of() : fieldNames);
        sentFields.removeIf(name -> loaded.type().property(name).isEmpty());
        FormValues sent = FormValues.fromRequest(request.getParameterMap());
        FormValues values = FormValues.fromProperties(loaded.type(), node.properties(), settings.languages())
                .overlay(sent, sentFields);
        long expectedLock = Numbers.required(lock);
        model.addAttribute("lock", expectedLock);
        if (action.startsWith("add:")) {
            return again(model, caller, loaded, values.withRowAdded(action.substring(4)), Map.of(), locale);
        }
        if (action.startsWith("remove:")) {
            String[] parts = action.split(":");
            int index = parts.length == 3 && parts[2].matches("[0-9]{1,3}") ? Integer.parseInt(parts[2]) : -1;
            return again(model, caller, loaded, values.withRowRemoved(parts.length > 1 ? parts[1] : "", index),
                    Map.of(), locale);
        }
        if (action.equals("geocode")) {
            return geocode(model, caller, loaded, values, response, locale);
        }
        return save(caller, loaded, values, sentFields, expectedLock, model, response, locale);
    }

    private String save(Caller caller, EditorNodes.Loaded loaded, FormValues values, Set<String> sentFields,
            long lock, Model model, HttpServletResponse response, Locale locale) {
        Node node = loaded.node();
        FormBinder.Bound bound = binder.bind(loaded.type(), values, sentFields, settings.languages());
        Map<String, String> errors = new HashMap<>(messages.of(bound.problems(), locale));
        Map<String, Object> changes = new HashMap<>();
        bound.values().forEach((key, value) -> {
            if (!Objects.equals(value, node.properties().get(key))) {
                changes.put(key, value);
            }
        });
        errors.putAll(assetsWithoutAltText(changes, locale));
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return again(model, caller, loaded, values, errors, locale);
        }
        // A maintainer who sends a field the form showed read-only gets 403, as from the API.
        nodes.checkChanges(caller, node, changes.keySet());
        if (changes.isEmpty()) {
            return redirect(node, "unchanged", locale);
        }
        try {
            content.update(node.workspace(), node.path(), lock, changes, caller.username());
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            return again(model, caller, loaded, values, messages.of(invalid, locale), locale);
        } catch (PreconditionException stale) {
            // Keep what the user typed; offer to save it over the newer version, and say who changed it when.
            Node current = reader.require(node.workspace(), node.path());
            response.setStatus(409);
            model.addAttribute("stale", current);
            model.addAttribute("staleAt", Times.format(current.modifiedAt()));
            model.addAttribute("lock", current.lockVersion());
            return again(model, caller, new EditorNodes.Loaded(current, loaded.type()), values, Map.of(), locale);
        }
        return redirect(node, "saved", locale);
    }

    private Map<String, String> assetsWithoutAltText(Map<String, Object> changes, Locale locale) {
        Map<String, String> errors = new HashMap<>();
        changes.forEach((key, value) -> {
            if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof String id
                    && id.matches("[0-9a-f-]{36}") && reader.find(de.sozialplattform.cms.content.NodeId.of(id))
                            .filter(AssetRules::imageWithoutAltText).isPresent())) {
                errors.putAll(messages.of(List.of(new FormBinder.FieldProblem(key, "imageWithoutAltText", null)),
                        locale));
            }
        });
        return errors;
    }

    private String geocode(Model model, Caller caller, EditorNodes.Loaded loaded, FormValues values,
            HttpServletResponse response, Locale locale) {
        var point = gazetteer.postalCode(values.first("postalCode"));
        if (point.isEmpty()) {
            response.setStatus(400);
            return again(model, caller, loaded, values, messages.of(List.of(new FormBinder.FieldProblem(
                    "postalCode", gazetteer.available() ? "geocodeUnknown" : "geocodeUnavailable", null)), locale),
                    locale);
        }
        values.put("latitude", List.of(String.valueOf(point.get().lat())));
        values.put("longitude", List.of(String.valueOf(point.get().lon())));
        values.put("coordinatesApproximate", List.of("true"));
        model.addAttribute("notice", "geocoded");
        return again(model, caller, loaded, values, Map.of(), locale);
    }

    private String again(Model model, Caller caller, EditorNodes.Loaded loaded, FormValues values,
            Map<String, String> errors, Locale locale) {
        view.fill(model, caller, loaded, values, errors, locale);
        return "editor/edit";
    }

    private static String redirect(Node node, String notice, Locale locale) {
        return "redirect:" + UriComponentsBuilder.fromPath(EditorPaths.edit(node.workspace(), node.path()))
                .queryParam("notice", notice).queryParam("lang", locale.getLanguage()).build().toUriString();
    }
}
