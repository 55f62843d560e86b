package de.sozialplattform.cms.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Moments as editors read them: local time in Germany, to the minute. */
final class Times {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BERLIN);

    private Times() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /**
     * A date-time field's value ({@code 2026-12-01T08:00}, local time in Germany); empty when left blank.
     *
     * @throws DateTimeParseException when it is no date-time
     */
    static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(value.strip()).atZone(BERLIN).toInstant());
    }
}
