package de.sozialplattform.cms.accounts;

import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an invitation link opens ({@code /einladung/<token>}): the organisation, the AV-Vertrag and the form for
 * user name and password. An unknown link answers 404, a used, cancelled or expired one 410; neither says more
 * (not the organisation, not the address invited).
 */
@Controller
@WebPage
class InvitationPage {

    private static final String ACCEPTED = InvitationPaths.INVITATION + "/angenommen";

    private final Invitations invitations;
    private final Organisations organisations;
    private final AgreementModel agreement;
    private final PasswordRules passwords;

    InvitationPage(Invitations invitations, Organisations organisations, AgreementModel agreement,
            PasswordRules passwords) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.agreement = agreement;
        this.passwords = passwords;
    }

    @GetMapping(InvitationPaths.INVITATION + "/{token}")
    String show(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        Optional<Invitation> invitation = invitations.find(token);
        if (invitation.isEmpty() || !invitations.isOpen(invitation.get())) {
            return gone(invitation.isPresent(), model, response);
        }
        return form(token, invitation.get(), new AcceptForm("", "", "", false, null), new FieldErrors(), model, locale);
    }

    @PostMapping(InvitationPaths.INVITATION + "/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordRepeat,
            @RequestParam(defaultValue = "false") boolean agreed,
            @RequestParam(defaultValue = "") String agreementVersion, Model model, Locale locale, HttpServletResponse response) {
        Optional<Invitation> invitation = invitations.find(token);
        if (invitation.isEmpty() || !invitations.isOpen(invitation.get())) {
            return gone(invitation.isPresent(), model, response);
        }
        AcceptForm form = new AcceptForm(username, password, passwordRepeat, agreed, agreementVersion);
        FieldErrors errors;
        try {
            errors = invitations.accept(invitation.get(), form);
        } catch (Invitations.InvitationGoneException e) {
            return gone(true, model, response);
        } catch (Invitations.UsernameTakenException e) {
            errors = new FieldErrors();
            errors.reject("username", "accounts.username.taken");
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(token, invitation.get(), form, errors, model, locale);
        }
        return "redirect:" + ACCEPTED + "?lang=" + locale.getLanguage();
    }

    @GetMapping(ACCEPTED)
    String accepted(Model model) {
        model.addAttribute("heading", "accounts.invitation.accepted.title");
        model.addAttribute("lines", List.of("accounts.invitation.accepted.text"));
        model.addAttribute("signIn", true);
        return "accounts/message";
    }

    private String form(String token, Invitation invitation, AcceptForm form, FieldErrors errors, Model model,
            Locale locale) {
        model.addAttribute("action", InvitationPaths.page(token));
        model.addAttribute("organisation", organisations.find(invitation.organisationId()).map(Organisations::name)
                .orElse(""));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.ordered());
        model.addAttribute("minLength", passwords.minLength());
        agreement.add(model, locale);
        return "accounts/invitation";
    }

    private static String gone(boolean known, Model model, HttpServletResponse response) {
        response.setStatus(known ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("heading", known ? "accounts.invitation.gone.title" : "accounts.invitation.unknown.title");
        model.addAttribute("lines", List.of(known ? "accounts.invitation.gone.text" : "accounts.invitation.unknown.text"));
        model.addAttribute("signIn", false);
        return "accounts/message";
    }
}
