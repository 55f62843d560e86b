package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.search.web.WebLanguages;
import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The accounts of an organisation in the editorial web: its maintainers, open invitations, a form to invite, and for
 * editors off-boarding. Editors and administrators reach every organisation from {@code /redaktion/organisationen};
 * a maintainer reaches their own from {@code /redaktion/kolleginnen}, and another organisation is 404.
 */
@Controller
@WebPage
class OrganisationAccountsPage {

    private static final String ONE = InvitationPaths.ORGANISATIONS + "/{id}";

    private final Organisations organisations;
    private final Invitations invitations;
    private final InvitationStore invitationStore;
    private final Members members;
    private final Colleagues colleagues;
    private final Offboarding offboarding;
    private final WebLanguages languages;
    private final AccountsProperties properties;
    private final Clock clock;

    OrganisationAccountsPage(Organisations organisations, Invitations invitations, InvitationStore invitationStore,
            Members members, Colleagues colleagues, Offboarding offboarding, WebLanguages languages, AccountsProperties properties, Clock clock) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.invitationStore = invitationStore;
        this.members = members;
        this.colleagues = colleagues;
        this.offboarding = offboarding;
        this.languages = languages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping({InvitationPaths.ORGANISATIONS, InvitationPaths.COLLEAGUES})
    String list(Caller caller, Model model) {
        List<Node> manageable = pageCall(() -> {
            if (!caller.isEditor() && !caller.isAdmin() && !caller.isMaintainerOnly()) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            return organisations.manageable(caller);
        });
        if (caller.isMaintainerOnly() && manageable.size() == 1) {
            return "redirect:" + InvitationPaths.ORGANISATIONS + "/" + manageable.get(0).id();
        }
        model.addAttribute("organisations", manageable.stream()
                .map(node -> Map.of("id", node.id().toString(), "name", Organisations.name(node))).toList());
        return "accounts/organisations";
    }

    @GetMapping(ONE)
    String show(Caller caller, @PathVariable String id, @RequestParam(required = false) String done, Model model,
            Locale locale) {
        return page(caller, id, "", locale.getLanguage(), new FieldErrors(), done, model, locale);
    }

    @PostMapping(ONE + "/einladungen")
    String invite(Caller caller, @PathVariable String id, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String language, Model model, Locale locale,
            HttpServletResponse response) {
        FieldErrors errors = new FieldErrors();
        if (!Invitations.validEmail(email.strip())) {
            errors.reject("email", "accounts.invite.emailInvalid");
        }
        if (!languages.supports(language)) {
            errors.reject("language", "accounts.invite.languageInvalid");
        }
        if (errors.any()) {
            pageCall(() -> organisations.requireManageable(caller, id));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(caller, id, email, language, errors, null, model, locale);
        }
        pageCall(() -> invitations.invite(caller, id, email, language));
        return "redirect:" + InvitationPaths.ORGANISATIONS + "/" + id + "?done=invited";
    }

    @PostMapping(ONE + "/einladungen/{invitation}/zurueckziehen")
    String cancel(Caller caller, @PathVariable String id, @PathVariable String invitation) {
        pageCall(() -> {
            invitations.cancel(caller, id, invitation);
            return null;
        });
        return "redirect:" + InvitationPaths.ORGANISATIONS + "/" + id + "?done=cancelled";
    }

    @PostMapping(ONE + "/mitglieder/{username}/entfernen")
    String remove(Caller caller, @PathVariable String id, @PathVariable String username) {
        pageCall(() -> colleagues.remove(caller, id, username));
        return "redirect:" + InvitationPaths.ORGANISATIONS + "/" + id + "?done=removed";
    }

    @PostMapping(ONE + "/offboarding")
    String offboard(Caller caller, @PathVariable String id, @RequestParam(defaultValue = "false") boolean confirm,
            Model model, Locale locale, HttpServletResponse response) {
        if (!caller.isEditor() && !caller.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!confirm) {
            // ending a cooperation takes a whole organisation offline: never on one stray click
            FieldErrors errors = new FieldErrors();
            errors.reject("confirm", "accounts.offboard.confirmRequired");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(caller, id, "", locale.getLanguage(), errors, null, model, locale);
        }
        pageCall(() -> offboarding.offboard(caller, id));
        return "redirect:" + InvitationPaths.ORGANISATIONS + "/" + id + "?done=offboarded";
    }

    private String page(Caller caller, String id, String email, String language, FieldErrors errors, String done,
            Model model, Locale locale) {
        Node organisation = pageCall(() -> organisations.requireManageable(caller, id));
        model.addAttribute("organisation", Map.of("id", id, "name", Organisations.name(organisation),
                "published", organisation.published()));
        model.addAttribute("members", members.of(id));
        DateTimeFormatter expiry = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(Invitations.ZONE);
        model.addAttribute("invitations", invitationStore.openOf(id, clock.instant()).stream()
                .map(open -> Map.of("id", open.id(), "email", open.email(), "expires", expiry.format(open.expiresAt())))
                .toList());
        model.addAttribute("email", email);
        model.addAttribute("language", languages.supports(language) ? language : "de");
        model.addAttribute("languages", languages.supported().stream()
                .map(lang -> Map.of("code", lang, "name", Locale.forLanguageTag(lang).getDisplayLanguage(
                        Locale.forLanguageTag(lang)))).toList());
        model.addAttribute("errors", errors.ordered());
        model.addAttribute("done", done != null && done.matches("invited|cancelled|removed|offboarded") ? done : null);
        model.addAttribute("mayOffboard", caller.isEditor() || caller.isAdmin());
        model.addAttribute("self", caller.username());
        model.addAttribute("validityDays", Math.max(1, properties.invitationValidity().toDays()));
        return "accounts/organisation";
    }

    /** Pages answer errors as pages: the API's exceptions become the status they stand for. */
    private static <T> T pageCall(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw new ResponseStatusException(e.status(), e.getMessage());
        }
    }
}
