package de.sozialplattform.cms.review;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.search.web.WebPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Test-only page that embeds the fragment {@code review/actions} as the editor UI's edit page will, so tests can
 * use its forms and check it with axe-core.
 */
@Controller
@WebPage
class ActionsHostPage {

    static final String PATH = "/redaktion/pruefung-test/standorte/";

    private final Locations locations;
    private final ContentAccess access;

    ActionsHostPage(Locations locations, ContentAccess access) {
        this.locations = locations;
        this.access = access;
    }

    @GetMapping(PATH + "{id}")
    String host(@PathVariable String id, Caller caller, Model model) {
        // ResponseStatusException: the layout's error page knows it (the CMS's own exceptions it would show as 500).
        Node location = locations.find(NodeId.parse(id, "id")).filter(node -> access.mayRead(caller, node))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("location", location);
        return "review-test/host";
    }
}
