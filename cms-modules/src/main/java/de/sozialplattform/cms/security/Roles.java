package de.sozialplattform.cms.security;

/** Role names of the CMS. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";

    private Roles() {
    }
}
