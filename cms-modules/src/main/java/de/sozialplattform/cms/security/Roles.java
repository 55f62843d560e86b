package de.sozialplattform.cms.security;

/** Role names of the CMS; what each may do is decided in {@code access.ContentAccess}. */
public final class Roles {

    /** Users, settings and operations (outbox, audit, definitions, reindex, trash purge). */
    public static final String ADMIN = "ADMIN";
    /** All content in every workspace. */
    public static final String EDITOR = "EDITOR";
    /** Reads all content including working copies; publishes and unpublishes advice centres (approval). */
    public static final String REVIEWER = "REVIEWER";
    /** Maintains the locations of the organisations the user is bound to (see {@link Memberships}). */
    public static final String CENTRE_MAINTAINER = "CENTRE_MAINTAINER";

    private Roles() {
    }
}
