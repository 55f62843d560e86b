package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.search.web.WebPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /redaktion/benutzer}: every account with roles, organisations and state, for administrators; disable and
 * enable here, invite on an organisation's page. Everyone else gets 403.
 */
@Controller
@WebPage
class UsersPage {

    static final String USERS = "/redaktion/benutzer";

    private final UserAdministration users;

    UsersPage(UserAdministration users) {
        this.users = users;
    }

    @GetMapping(USERS)
    String list(Caller caller, @RequestParam(required = false) String done, Model model) {
        admin(caller);
        model.addAttribute("users", users.list());
        model.addAttribute("self", caller.username());
        model.addAttribute("done", done != null && done.matches("disabled|enabled") ? done : null);
        return "accounts/users";
    }

    @PostMapping(USERS + "/{username}/sperren")
    String disable(Caller caller, @PathVariable String username) {
        return change(caller, username, false);
    }

    @PostMapping(USERS + "/{username}/entsperren")
    String enable(Caller caller, @PathVariable String username) {
        return change(caller, username, true);
    }

    private String change(Caller caller, String username, boolean enabled) {
        admin(caller);
        try {
            users.setEnabled(caller, username, enabled);
        } catch (ApiException e) {
            throw new ResponseStatusException(e.status(), e.getMessage());
        }
        return "redirect:" + USERS + "?done=" + (enabled ? "enabled" : "disabled");
    }

    private static void admin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
