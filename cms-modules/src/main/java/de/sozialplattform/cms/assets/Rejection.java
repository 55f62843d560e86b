package de.sozialplattform.cms.assets;

import org.apache.tika.exception.TikaException;

/**
 * Why the child JVM refused a file. Thrown in the child and sent back serialised, so it carries only text: its
 * class is loaded in the child through the parent's class loader, like the rest of {@link GuardedParser}.
 */
class Rejection extends TikaException {

    private static final long serialVersionUID = 1L;

    /** The kinds of refusal, each answered with its own status and message. */
    enum Reason { TYPE_NOT_ALLOWED, TOO_MUCH_TEXT, ZIP_BOMB, ENCRYPTED, UNREADABLE }

    private final Reason reason;
    private final String mediaType;

    Rejection(Reason reason, String mediaType, String detail) {
        super(detail);
        this.reason = reason;
        this.mediaType = mediaType;
    }

    Reason reason() {
        return reason;
    }

    String mediaType() {
        return mediaType;
    }
}
