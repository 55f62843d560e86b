package de.sozialplattform.cms.accounts;

/** Addresses of the pages of this package. */
final class InvitationPaths {

    /** Public: an invitation link ({@code /einladung/<token>}). */
    static final String INVITATION = "/einladung";
    /** Public: ask for a password-reset mail. */
    static final String FORGOT_PASSWORD = "/passwort-vergessen";
    /** Public: a password-reset link ({@code /passwort-neu/<token>}). */
    static final String NEW_PASSWORD = "/passwort-neu";
    /** Editorial web: confirm the current AV-Vertrag. */
    static final String AGREEMENT = "/redaktion/av-vertrag";
    /** Editorial web: a maintainer's colleagues (invite, remove). */
    static final String COLLEAGUES = "/redaktion/kolleginnen";
    /** Editorial web: organisations (invite, off-board) for editors and administrators. */
    static final String ORGANISATIONS = "/redaktion/organisationen";

    private InvitationPaths() {
    }

    static String page(String token) {
        return INVITATION + "/" + token;
    }
}
