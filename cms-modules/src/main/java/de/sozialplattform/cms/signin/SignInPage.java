package de.sozialplattform.cms.signin;

import de.sozialplattform.search.web.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page of the editorial and self-service web ({@code /anmelden}). Spring Security handles the POST
 * of the form; this page only shows it, with the outcome of the last attempt.
 */
@Controller
@WebPage
class SignInPage {

    @GetMapping(SignInPaths.SIGN_IN)
    String signIn(@RequestParam(name = "fehler", required = false) String failed,
            @RequestParam(name = "abgemeldet", required = false) String signedOut, Model model) {
        model.addAttribute("failed", failed != null);
        model.addAttribute("signedOut", signedOut != null);
        return "signin/sign-in";
    }
}
