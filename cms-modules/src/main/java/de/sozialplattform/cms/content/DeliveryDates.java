package de.sozialplattform.cms.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates in a form that sorts and compares as text: a calendar date stays {@code 2026-01-31}, a moment becomes
 * UTC {@code 2026-01-31T09:00:00Z}, so a date compares as the start of its day.
 */
final class DeliveryDates {

    private DeliveryDates() {
    }

    static String sortable(String value) {
        String trimmed = value.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).toString();
            }
            return OffsetDateTime.parse(trimmed).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date like 2026-01-31 or a time like 2026-01-31T10:00:00+01:00");
        }
    }
}
