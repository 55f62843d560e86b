package de.sozialplattform.cms.signin;

/** Addresses of the editorial web that the security configuration and the pages share. */
public final class SignInPaths {

    /** The sign-in page (GET) and the form's target (POST). */
    public static final String SIGN_IN = "/anmelden";
    /** Sign-out (POST only, with the CSRF token). */
    public static final String SIGN_OUT = "/abmelden";
    /** The editorial and self-service web; everything below needs a signed-in user. */
    public static final String EDITORIAL = "/redaktion";
    /** Sign-in with the identity provider starts here: {@code /anmelden/oidc/idp} sends the browser to it. */
    static final String OIDC_START = SIGN_IN + "/oidc";
    /** The identity provider sends the browser back here with the code ({@code /anmelden/oidc/antwort/idp}). */
    static final String OIDC_RETURN = SIGN_IN + "/oidc/antwort";

    private SignInPaths() {
    }
}
