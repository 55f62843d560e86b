package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /redaktion/av-vertrag}: the AV-Vertrag in force. A centre maintainer who has not confirmed this version
 * is sent here by {@link AgreementGate} and confirms it; everyone else can read it.
 */
@Controller
@WebPage
class AgreementPage {

    private final Agreements agreements;
    private final AgreementConfirmations confirmations;
    private final AgreementModel agreement;
    private final Organisations organisations;

    AgreementPage(Agreements agreements, AgreementConfirmations confirmations, AgreementModel agreement,
            Organisations organisations) {
        this.agreements = agreements;
        this.confirmations = confirmations;
        this.agreement = agreement;
        this.organisations = organisations;
    }

    @GetMapping(InvitationPaths.AGREEMENT)
    String show(Caller caller, Model model, Locale locale) {
        return page(caller, Map.of(), model, locale);
    }

    @PostMapping(InvitationPaths.AGREEMENT)
    String confirm(Caller caller, @RequestParam(defaultValue = "false") boolean agreed,
            @RequestParam(defaultValue = "") String agreementVersion, Model model, Locale locale,
            HttpServletResponse response) {
        FieldErrors errors = confirmations.confirm(caller, agreed, agreementVersion);
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(caller, errors.ordered(), model, locale);
        }
        return "redirect:/redaktion";
    }

    private String page(Caller caller, Map<String, String> errors, Model model, Locale locale) {
        boolean mustConfirm = AgreementGate.maintainerOnly(caller) && !agreements.hasConfirmedCurrent(caller.username());
        model.addAttribute("mustConfirm", mustConfirm);
        model.addAttribute("organisation", String.join(", ", caller.organisations().stream()
                .map(organisations::find).flatMap(java.util.Optional::stream).map(Organisations::name).sorted().toList()));
        model.addAttribute("errors", errors);
        agreement.add(model, locale);
        return "accounts/agreement-page";
    }
}
