package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of an editorial page as a browser without JavaScript submits it: the successful controls (text, hidden,
 * checked boxes, selected options, text areas) with their current values, changed by the test like a user would,
 * then sent with one of the form's submit buttons.
 */
final class EditorForm {

    private final String action;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    private EditorForm(Element form) {
        this.action = form.attr("action");
        for (Element control : form.select("input, select, textarea")) {
            String name = control.attr("name");
            if (name.isEmpty() || control.hasAttr("disabled")) {
                continue;
            }
            switch (control.tagName()) {
                case "select" -> control.select("option[selected]").forEach(o -> fields.add(Map.entry(name, o.attr("value"))));
                case "textarea" -> fields.add(Map.entry(name, control.wholeText()));
                default -> {
                    String type = control.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
                        continue;
                    }
                    if (!type.equals("submit")) {
                        fields.add(Map.entry(name, control.attr("value")));
                    }
                }
            }
        }
    }

    /** The form matching {@code selector} on the page. */
    static EditorForm on(String html, String selector) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on the page:\n" + html);
        }
        return new EditorForm(form);
    }

    /** Replaces every value of {@code name} by {@code values} (none: as if nothing were chosen). */
    EditorForm set(String name, String... values) {
        fields.removeIf(e -> e.getKey().equals(name));
        for (String value : values) {
            fields.add(Map.entry(name, value));
        }
        return this;
    }

    String value(String name) {
        return fields.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Submits with the button {@code action=<button>} (as clicking it would), with the page's CSRF token. */
    HttpResponse<String> submit(WebSession browser, String csrf, String button) {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields);
        sent.removeIf(e -> e.getKey().equals("_csrf"));
        if (button != null) {
            sent.add(Map.entry("action", button));
        }
        return browser.post(action, csrf, sent);
    }
}
