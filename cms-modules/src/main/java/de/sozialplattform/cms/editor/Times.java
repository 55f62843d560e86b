package de.sozialplattform.cms.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as editors read them: local time in Germany, to the minute. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    private Times() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
