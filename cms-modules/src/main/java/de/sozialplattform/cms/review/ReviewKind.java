package de.sozialplattform.cms.review;

import java.util.Locale;

/** What a review request asks for. */
enum ReviewKind {
    /** Publish a new location for the first time. */
    CREATE,
    /** Publish the changed working copy of a published location. */
    CHANGE,
    /** Take a published location off the public side (it stays as a draft). */
    CLOSE;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
