package de.sozialplattform.cms.access;

/** What a caller wants to do; {@link ContentAccess} decides per role, workspace and node. */
public enum ContentAction {
    /** Read a working copy, its versions, or list nodes. */
    READ,
    CREATE,
    /** Change properties (field rules: {@link LocationFields}). */
    UPDATE,
    DELETE,
    MOVE,
    PUBLISH,
    UNPUBLISH,
    /** Make a version the working copy again. */
    RESTORE_VERSION,
    TRASH_READ,
    TRASH_RESTORE,
    TRASH_PURGE,
    EXPORT,
    IMPORT,
    /** Issue a preview token: it shows every working copy through the Delivery API. */
    PREVIEW,
    FEEDBACK_READ,
    FEEDBACK_CLOSE,
    /** Submit a location's working copy (or its closing) for review; publishes at once where no approval is needed. */
    SUBMIT,
    /** Confirm a published location's data unchanged ("Daten bestätigen"): renews its review-by date. */
    CONFIRM
}
