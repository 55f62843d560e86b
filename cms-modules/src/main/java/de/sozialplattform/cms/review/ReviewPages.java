package de.sozialplattform.cms.review;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodeStatus;
import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review pages of the editorial web ({@code /redaktion/pruefung}): the reviewers' queue, one request with its
 * comparison and the approve and reject forms, a maintainer's own submissions, overdue locations with "Daten
 * bestätigen", and the targets of the submit and confirm forms of the fragment {@code review/actions}. The same
 * service and access rules as the API; forms work without JavaScript and carry the page language.
 */
@Controller
@WebPage
class ReviewPages {

    private final ReviewService service;
    private final ReviewViews views;
    private final OverdueContent overdue;
    private final Locations locations;

    ReviewPages(ReviewService service, ReviewViews views, OverdueContent overdue, Locations locations) {
        this.service = service;
        this.views = views;
        this.overdue = overdue;
        this.locations = locations;
    }

    @GetMapping(ReviewPaths.QUEUE)
    String queue(Caller caller, Model model, Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            if (caller.isMaintainerOnly()) {
                return "redirect:" + withLang(ReviewPaths.MINE, locale);
            }
            model.addAttribute("requests", rows(views.list(caller, ReviewStatus.OPEN, false, ReviewViews.MAX_LIMIT, 0),
                    locale));
            return "review/queue";
        });
    }

    @GetMapping(ReviewPaths.MINE)
    String mine(Caller caller, Model model, Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            model.addAttribute("requests", rows(views.list(caller, null, true, ReviewViews.MAX_LIMIT, 0), locale));
            return "review/mine";
        });
    }

    @GetMapping(ReviewPaths.OVERDUE)
    String overdue(Caller caller, @RequestParam(name = "bestaetigt", required = false) String confirmed, Model model,
            Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            // Only a location without unpublished changes can be confirmed; the form carries the version it confirms.
            model.addAttribute("items", overdue.visibleTo(caller).stream().map(item -> new OverdueRow(
                    item.id().toString(), item.title(), dates.format(item.dueDate()), locations.find(item.id())
                            .filter(node -> node.status() == NodeStatus.PUBLISHED)
                            .map(node -> node.lockVersion()).orElse(null))).toList());
            model.addAttribute("confirmed", confirmed != null);
            return "review/overdue";
        });
    }

    @GetMapping(ReviewPaths.QUEUE + "/{id}")
    String detail(@PathVariable String id, @RequestParam(name = "erledigt", required = false) String done,
            Caller caller, Model model, Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> detailPage(requestId(id), caller, model, locale, done));
    }

    @PostMapping(ReviewPaths.QUEUE + "/{id}/freigeben")
    String approve(@PathVariable String id, @RequestParam(required = false) String version, Caller caller, Model model,
            Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            service.approve(caller, requestId(id), number(version, "version"));
            return "redirect:" + withLang(ReviewPaths.request(requestId(id)) + "?erledigt", locale);
        });
    }

    @PostMapping(ReviewPaths.QUEUE + "/{id}/ablehnen")
    String reject(@PathVariable String id, @RequestParam(required = false) String note, Caller caller, Model model,
            Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            try {
                service.reject(caller, requestId(id), note);
            } catch (InvalidInputException e) {
                // The form again, with the message next to the note field and what was typed kept.
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("noteError", note == null || note.isBlank()
                        ? "review.reject.noteRequired" : "review.reject.noteTooLong");
                model.addAttribute("note", note);
                return detailPage(requestId(id), caller, model, locale, null);
            }
            return "redirect:" + withLang(ReviewPaths.request(requestId(id)) + "?erledigt", locale);
        });
    }

    @PostMapping(ReviewPaths.QUEUE + "/{id}/zurueckziehen")
    String withdraw(@PathVariable String id, Caller caller, Model model, Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            service.withdraw(caller, requestId(id));
            return "redirect:" + withLang(ReviewPaths.request(requestId(id)) + "?erledigt", locale);
        });
    }

    @PostMapping(ReviewPaths.QUEUE + "/standorte/{id}/einreichen")
    String submit(@PathVariable String id, @RequestParam(required = false) String version,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "false") String close,
            Caller caller, Model model, Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            ReviewRequest request = service.submit(caller, NodeId.parse(id, "id"), number(version, "version"),
                    "true".equals(close), note);
            return "redirect:" + withLang(ReviewPaths.request(request.id()), locale);
        });
    }

    @PostMapping(ReviewPaths.QUEUE + "/standorte/{id}/bestaetigen")
    String confirm(@PathVariable String id, @RequestParam(required = false) String version, Caller caller,
            Model model, Locale locale, HttpServletResponse response) {
        return guarded(model, response, () -> {
            service.confirm(caller, NodeId.parse(id, "id"), number(version, "version"));
            return "redirect:" + withLang(ReviewPaths.OVERDUE + "?bestaetigt", locale);
        });
    }

    /**
     * Runs a page's work; the service's refusals become a page in the layout with their status: 404 for what the
     * caller may not know of, 403, 409 (decided or changed meanwhile), 412 (the form was older than the location),
     * 400. Handled here rather than in an exception handler, so the layout's model (language, direction) is there.
     */
    private static String guarded(Model model, HttpServletResponse response, Supplier<String> page) {
        try {
            return page.get();
        } catch (ApiException e) {
            int status = e.status().value();
            response.setStatus(status);
            model.addAttribute("status", List.of(403, 404, 409, 412).contains(status) ? status : 400);
            return "review/refused";
        }
    }

    private static long requestId(String id) {
        return number(id, "id");
    }

    private static long number(String text, String field) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "is not a number");
        }
    }

    private String detailPage(long id, Caller caller, Model model, Locale locale, String done) {
        ReviewViews.Detail detail = views.detail(caller, id);
        model.addAttribute("detail", detail);
        model.addAttribute("row", row(detail.summary(), locale));
        model.addAttribute("done", done != null);
        return "review/detail";
    }

    private static List<Row> rows(List<ReviewViews.Summary> summaries, Locale locale) {
        return summaries.stream().map(summary -> row(summary, locale)).toList();
    }

    private static Row row(ReviewViews.Summary summary, Locale locale) {
        ReviewRequest request = summary.request();
        return new Row(request.id(), summary.locationName(), summary.organisationName(), request.kind().label(),
                request.status().label(), request.submittedBy(), format(request.submittedAt(), locale),
                summary.changedSinceSubmission(), request.submitterNote(), request.decidedBy(),
                format(request.decidedAt(), locale), request.decisionNote(), request.lockVersion());
    }

    private static String format(Instant instant, Locale locale) {
        return instant == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ReviewService.ZONE).format(instant);
    }

    private static String withLang(String path, Locale locale) {
        return UriComponentsBuilder.fromUriString(path).queryParam("lang", locale.getLanguage()).build().toUriString();
    }

    /** An overdue item as a page row; {@code version} is set when it can be confirmed here. */
    record OverdueRow(String id, String title, String dueDate, Long version) {
    }

    /** A request as a page row: texts ready to show, times in the page's language and German time. */
    record Row(long id, String locationName, String organisationName, String kind, String status, String submittedBy,
            String submittedAt, boolean changedSinceSubmission, String note, String decidedBy, String decidedAt,
            String decisionNote, long version) {
    }
}
