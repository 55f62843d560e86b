package de.sozialplattform.cms.signin;

import de.sozialplattform.search.web.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page of the editorial and self-service web ({@code /anmelden}). Spring Security handles the POST
 * of the form and the identity provider's flow; this page shows the form, the provider's button when one is
 * configured, and the outcome of the last attempt ({@code ?fehler=…}, see {@link SignInFailures}).
 */
@Controller
@WebPage
class SignInPage {

    private final OidcProperties oidc;

    SignInPage(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @GetMapping(SignInPaths.SIGN_IN)
    String signIn(@RequestParam(name = "fehler", required = false) String failure,
            @RequestParam(name = "minuten", required = false) Integer minutes,
            @RequestParam(name = "abgemeldet", required = false) String signedOut, Model model) {
        model.addAttribute("failure", failure == null ? null : messageKey(failure));
        model.addAttribute("minutes", minutes == null || minutes < 1 ? 1 : minutes);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("oidcName", oidc.enabled() ? oidc.displayName() : null);
        model.addAttribute("oidcStart", SignInPaths.OIDC_START + "/" + OidcProperties.REGISTRATION_ID);
        return "signin/sign-in";
    }

    private static String messageKey(String failure) {
        return switch (failure) {
            case SignInFailures.THROTTLED -> "signin.throttled";
            case SignInFailures.ACCOUNT_UNKNOWN -> "signin.accountUnknown";
            case SignInFailures.ACCOUNT_DISABLED -> "signin.accountDisabled";
            case SignInFailures.PROVIDER -> "signin.providerFailed";
            default -> "signin.failed";
        };
    }
}
