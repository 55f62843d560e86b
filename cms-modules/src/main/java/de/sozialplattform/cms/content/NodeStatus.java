package de.sozialplattform.cms.content;

/** Publication state of a node as editors see it. */
public enum NodeStatus {
    /** Never published (or unpublished) and no publication scheduled. */
    DRAFT,
    /** Not published yet, publication scheduled. */
    SCHEDULED,
    /** Published; the working copy equals the published version. */
    PUBLISHED,
    /** Published, and the working copy was changed since. */
    MODIFIED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
