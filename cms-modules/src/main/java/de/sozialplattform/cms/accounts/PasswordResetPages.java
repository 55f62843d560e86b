package de.sozialplattform.cms.accounts;

import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /passwort-vergessen} (ask for a link) and {@code /passwort-neu/<token>} (set a new password). The answer
 * to a request is the same page whether or not an account was found.
 */
@Controller
@WebPage
class PasswordResetPages {

    private static final String DONE = InvitationPaths.NEW_PASSWORD + "/fertig";
    private static final int MAX_INPUT = 320;

    private final PasswordResets resets;
    private final PasswordRules passwords;
    private final AccountsProperties properties;

    PasswordResetPages(PasswordResets resets, PasswordRules passwords, AccountsProperties properties) {
        this.resets = resets;
        this.passwords = passwords;
        this.properties = properties;
    }

    @GetMapping(InvitationPaths.FORGOT_PASSWORD)
    String form(Model model) {
        return requestForm("", new FieldErrors(), model);
    }

    @PostMapping(InvitationPaths.FORGOT_PASSWORD)
    String request(@RequestParam(defaultValue = "") String account, Model model, HttpServletResponse response) {
        if (account.isBlank() || account.length() > MAX_INPUT) {
            FieldErrors errors = new FieldErrors();
            errors.reject("account", "accounts.reset.accountMissing");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return requestForm(account.length() > MAX_INPUT ? "" : account, errors, model);
        }
        resets.request(account);
        model.addAttribute("heading", "accounts.reset.sent.title");
        model.addAttribute("lines", List.of("accounts.reset.sent.text"));
        model.addAttribute("minutes", properties.resetValidity().toMinutes());
        model.addAttribute("signIn", true);
        return "accounts/message";
    }

    @GetMapping(InvitationPaths.NEW_PASSWORD + "/{token}")
    String newPassword(@PathVariable String token, Model model, HttpServletResponse response) {
        PasswordResets.LinkState state = resets.state(token);
        if (state != PasswordResets.LinkState.OPEN) {
            return gone(state, model, response);
        }
        return newPasswordForm(token, new FieldErrors(), model);
    }

    @PostMapping(InvitationPaths.NEW_PASSWORD + "/{token}")
    String setPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String passwordRepeat, Model model, Locale locale,
            HttpServletResponse response) {
        PasswordResets.LinkState state = resets.state(token);
        if (state != PasswordResets.LinkState.OPEN) {
            return gone(state, model, response);
        }
        FieldErrors errors;
        try {
            errors = resets.reset(token, password, passwordRepeat);
        } catch (PasswordResets.LinkGoneException e) {
            return gone(PasswordResets.LinkState.GONE, model, response);
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newPasswordForm(token, errors, model);
        }
        return "redirect:" + DONE + "?lang=" + locale.getLanguage();
    }

    @GetMapping(DONE)
    String done(Model model) {
        model.addAttribute("heading", "accounts.reset.done.title");
        model.addAttribute("lines", List.of("accounts.reset.done.text"));
        model.addAttribute("signIn", true);
        return "accounts/message";
    }

    private String requestForm(String account, FieldErrors errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors.ordered());
        return "accounts/forgot-password";
    }

    private String newPasswordForm(String token, FieldErrors errors, Model model) {
        model.addAttribute("action", InvitationPaths.NEW_PASSWORD + "/" + token);
        model.addAttribute("errors", errors.ordered());
        model.addAttribute("minLength", passwords.minLength());
        return "accounts/new-password";
    }

    private static String gone(PasswordResets.LinkState state, Model model, HttpServletResponse response) {
        boolean known = state == PasswordResets.LinkState.GONE;
        response.setStatus(known ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
        model.addAttribute("heading", known ? "accounts.reset.gone.title" : "accounts.reset.unknown.title");
        model.addAttribute("lines", List.of("accounts.reset.gone.text"));
        model.addAttribute("signIn", false);
        model.addAttribute("again", true);
        return "accounts/message";
    }
}
