package de.sozialplattform.cms.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a failed sign-in (form or identity provider) back to the sign-in page with what went wrong as
 * {@code ?fehler=…}, which the page turns into a message in the user's language. A wrong password, an unknown
 * and a disabled local user all read the same.
 */
class SignInFailures implements AuthenticationFailureHandler {

    /** Codes of {@code ?fehler=}; the page knows them (see {@link SignInPage}). */
    static final String CREDENTIALS = "";
    static final String THROTTLED = "gesperrt";
    static final String ACCOUNT_UNKNOWN = "konto-unbekannt";
    static final String ACCOUNT_DISABLED = "konto-deaktiviert";
    static final String PROVIDER = "anbieter";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + SignInPaths.SIGN_IN)
                .queryParam("fehler", code(failure, request.getRequestURI().substring(request.getContextPath().length())));
        if (failure instanceof SignInThrottledException throttled) {
            target.queryParam("minuten", Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60));
        }
        String lang = request.getParameter("lang");
        if (lang != null && lang.matches("[a-z]{2,3}")) {
            target.queryParam("lang", lang);
        }
        response.sendRedirect(target.build().encode().toUriString());
    }

    /** {@code path}: where the failure happened; below {@code /anmelden/oidc} it was the identity provider's part. */
    static String code(AuthenticationException failure, String path) {
        if (failure instanceof SignInThrottledException) {
            return THROTTLED;
        }
        if (failure instanceof AccountRefusedException refused) {
            return refused.reason() == AccountRefusedException.Reason.DISABLED ? ACCOUNT_DISABLED : ACCOUNT_UNKNOWN;
        }
        if (failure instanceof OAuth2AuthenticationException || path.startsWith(SignInPaths.OIDC_START + "/")) {
            return PROVIDER;
        }
        return CREDENTIALS;
    }
}
