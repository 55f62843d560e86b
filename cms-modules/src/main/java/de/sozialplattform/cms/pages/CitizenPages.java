package de.sozialplattform.cms.pages;

import de.sozialplattform.cms.delivery.DeliveryDocuments;
import de.sozialplattform.cms.delivery.PreviewTokens;
import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * The published information pages ({@code infoPage} content of the {@code pages} endpoint) as citizens read them,
 * at {@code /seiten/<path>} in the common layout, in the page language with German where a text is not translated.
 * Rich text is shown as stored: it was sanitised against an allow-list when it was saved. A moved page answers with
 * a permanent redirect to its new address.
 */
@Controller
@WebPage
public class CitizenPages {

    static final String PREFIX = "/seiten";
    private static final String ENDPOINT = "pages";

    /** Query parameter of a preview link from the editorial web: a preview token, shows the working copy. */
    public static final String PREVIEW_PARAMETER = "vorschau";

    private final DeliveryDocuments delivery;
    private final PreviewTokens previews;

    CitizenPages(DeliveryDocuments delivery, PreviewTokens previews) {
        this.delivery = delivery;
        this.previews = previews;
    }

    /** The citizen address of the page at {@code path} of the {@code pages} workspace. */
    public static String url(String path) {
        return PREFIX + path;
    }

    @GetMapping(PREFIX + "/**")
    String page(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()
                + PREFIX.length()), StandardCharsets.UTF_8);
        String token = request.getParameter(PREVIEW_PARAMETER);
        if (token != null) {
            return preview(token, path, response, model, locale);
        }
        Optional<JsonNode> page = delivery.nodeAt(ENDPOINT, path, locale.getLanguage());
        if (page.isEmpty()) {
            Optional<String> moved = delivery.movedTo(ENDPOINT, path);
            if (moved.isPresent()) {
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                response.setStatus(HttpStatus.PERMANENT_REDIRECT.value());
                response.setHeader("Location", URI.create(request.getContextPath() + url(moved.get()) + query)
                        .toString());
                return null;
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "pages/not-found";
        }
        model.addAttribute("info", infoPage(page.get(), locale));
        return "pages/info-page";
    }

    /**
     * The working copy as the page will look once published, for whoever holds a valid preview token (issued by
     * the editorial web to roles that may preview). Never cached, never indexed; an expired token finds nothing.
     */
    private String preview(String token, String path, HttpServletResponse response, Model model, Locale locale) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        Optional<JsonNode> page = previews.valid(token)
                ? delivery.previewAt(ENDPOINT, path, locale.getLanguage()) : Optional.empty();
        if (page.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "pages/not-found";
        }
        model.addAttribute("info", infoPage(page.get(), locale));
        model.addAttribute("preview", true);
        return "pages/info-page";
    }

    private static InfoPage infoPage(JsonNode node, Locale locale) {
        return new InfoPage(text(node, "title"), text(node, "teaser"), text(node, "summary"),
                sections(node.path("sections")), reviewed(text(node, "lastReviewed"), locale));
    }

    private static List<Section> sections(JsonNode sections) {
        List<Section> result = new ArrayList<>();
        for (JsonNode name : sections.path("@nodes")) {
            JsonNode section = sections.path(name.asString());
            result.add(new Section(text(section, "heading"), text(section, "body")));
        }
        return result;
    }

    private static String reviewed(String date, Locale locale) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date)
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.path(property);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    /**
     * @param summary "Das Wichtigste in Kürze", sanitised rich text
     * @param lastReviewed "Stand", formatted for the page language
     */
    public record InfoPage(String title, String teaser, String summary, List<Section> sections, String lastReviewed) {
    }

    /** @param body sanitised rich text */
    public record Section(String heading, String body) {
    }
}
