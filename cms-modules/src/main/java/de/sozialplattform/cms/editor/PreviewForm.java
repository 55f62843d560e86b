package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.delivery.PreviewTokens;
import de.sozialplattform.cms.pages.CitizenPages;
import de.sozialplattform.search.web.WebPage;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Vorschau": issues a preview token (the same short-lived tokens the Delivery API accepts) and opens the citizen
 * page of the working copy with it. A POST with the form's CSRF token, so no other site can make a signed-in editor
 * issue tokens. Only information pages have a citizen page of their own in this application.
 */
@Controller
@WebPage
class PreviewForm {

    static final String PREVIEWABLE_WORKSPACE = "pages";
    static final String PREVIEWABLE_TYPE = "infoPage";

    private final EditorNodes nodes;
    private final PreviewTokens tokens;

    PreviewForm(EditorNodes nodes, PreviewTokens tokens) {
        this.nodes = nodes;
        this.tokens = tokens;
    }

    static boolean previewable(Node node) {
        return PREVIEWABLE_WORKSPACE.equals(node.workspace()) && PREVIEWABLE_TYPE.equals(node.nodeType());
    }

    @PostMapping(EditorPaths.PREVIEW)
    String preview(Caller caller, @PathVariable String workspace, @PathVariable String path, Locale locale) {
        Node node = nodes.load(caller, ContentAction.PREVIEW, workspace, path).node();
        if (!previewable(node)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PreviewTokens.Issued issued = tokens.issue(caller.username());
        return "redirect:" + UriComponentsBuilder.fromPath(CitizenPages.url(node.path()))
                .queryParam(CitizenPages.PREVIEW_PARAMETER, issued.token()).queryParam("lang", locale.getLanguage())
                .build().toUriString();
    }
}
