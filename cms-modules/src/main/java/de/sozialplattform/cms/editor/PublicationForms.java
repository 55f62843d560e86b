package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.PreconditionException;
import de.sozialplattform.search.web.WebPage;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Publish (now or scheduled, with an optional expiry) and unpublish on the edit page, through the same operations as
 * the API. Centres' submissions for approval are the review workflow's forms.
 */
@Controller
@WebPage
class PublicationForms {

    private final EditorNodes nodes;
    private final ContentService content;
    private final Clock clock;

    PublicationForms(EditorNodes nodes, ContentService content, Clock clock) {
        this.nodes = nodes;
        this.content = content;
        this.clock = clock;
    }

    /**
     * Publishes now, or at {@code publishAt} (local time in Germany, as the form's date-time field gives it); an
     * {@code expireAt} takes it off the public side then. Both go through the API's publish operation.
     */
    @PostMapping(EditorPaths.PUBLISH)
    String publish(Caller caller, @PathVariable String workspace, @PathVariable String path, @RequestParam String lock,
            @RequestParam(required = false) String publishAt, @RequestParam(required = false) String expireAt,
            Locale locale) {
        Node node = nodes.load(caller, ContentAction.PUBLISH, workspace, path).node();
        Optional<Instant> at;
        Optional<Instant> until;
        try {
            at = Times.parse(publishAt);
            until = Times.parse(expireAt);
        } catch (DateTimeParseException e) {
            return back(node, "baddate", locale);
        }
        boolean scheduled = at.isPresent() && at.get().isAfter(clock.instant());
        try {
            content.publish(workspace, node.path(), Numbers.required(lock),
                    new PublishRequest(false, at.orElse(null), until.orElse(null)), caller.username());
        } catch (PreconditionException e) {
            return back(node, "stale", locale);
        } catch (InvalidInputException e) {
            boolean expiry = e.errors().stream().anyMatch(error -> "expireAt".equals(error.field()));
            return back(node, expiry ? "badexpiry" : "invalid", locale);
        }
        return back(node, scheduled ? "scheduled" : "published", locale);
    }

    @PostMapping(EditorPaths.UNPUBLISH)
    String unpublish(Caller caller, @PathVariable String workspace, @PathVariable String path,
            @RequestParam String lock, Locale locale) {
        Node node = nodes.load(caller, ContentAction.UNPUBLISH, workspace, path).node();
        try {
            content.unpublish(workspace, node.path(), Numbers.required(lock), caller.username());
        } catch (PreconditionException e) {
            return back(node, "stale", locale);
        }
        return back(node, "unpublished", locale);
    }

    private static String back(Node node, String notice, Locale locale) {
        return "redirect:" + UriComponentsBuilder.fromPath(EditorPaths.edit(node.workspace(), node.path()))
                .queryParam("notice", notice).queryParam("lang", locale.getLanguage()).build().toUriString();
    }
}
