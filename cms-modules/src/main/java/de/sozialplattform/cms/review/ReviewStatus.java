package de.sozialplattform.cms.review;

import de.sozialplattform.cms.problem.InvalidInputException;
import java.util.Locale;

/** Where a review request stands. Only {@code OPEN} requests can be decided, renewed or withdrawn. */
enum ReviewStatus {
    OPEN, APPROVED, REJECTED, WITHDRAWN;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A status named by a client; {@code null} for {@code all}. */
    static ReviewStatus parse(String text, String field) {
        if ("all".equalsIgnoreCase(text)) {
            return null;
        }
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "must be one of open, approved, rejected, withdrawn, all");
        }
    }
}
