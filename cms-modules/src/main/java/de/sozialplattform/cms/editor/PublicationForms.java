package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.PublishRequest;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.PreconditionException;
import de.sozialplattform.search.web.WebPage;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Publish and unpublish buttons of the edit page, through the same operations as the API. Scheduling and review
 * (submit for approval, dates) belong to the review workflow and get their own forms there.
 */
@Controller
@WebPage
class PublicationForms {

    private final EditorNodes nodes;
    private final ContentService content;

    PublicationForms(EditorNodes nodes, ContentService content) {
        this.nodes = nodes;
        this.content = content;
    }

    @PostMapping(EditorPaths.PUBLISH)
    String publish(Caller caller, @PathVariable String workspace, @PathVariable String path, @RequestParam String lock,
            Locale locale) {
        Node node = nodes.load(caller, ContentAction.PUBLISH, workspace, path).node();
        try {
            content.publish(workspace, node.path(), Numbers.required(lock), new PublishRequest(false, null, null), caller.username());
        } catch (PreconditionException e) {
            return back(node, "stale", locale);
        } catch (InvalidInputException e) {
            return back(node, "invalid", locale);
        }
        return back(node, "published", locale);
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
