package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.search.web.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of the editorial and self-service web: who is signed in, and what they can work on. */
@Controller
@WebPage
class EditorialHome {

    @GetMapping(EditorPaths.HOME)
    String home(Caller caller, Model model) {
        model.addAttribute("caller", caller);
        return "editor/home";
    }
}
