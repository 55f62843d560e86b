package de.sozialplattform.cms.management;

import de.sozialplattform.cms.problem.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reading members of JSON request bodies with 400s that name the member. */
final class RequestBodies {

    private RequestBodies() {
    }

    static void onlyKeys(Map<String, Object> body, String... allowed) {
        List<String> known = List.of(allowed);
        body.keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw InvalidInputException.of(key, "is not a member of this request (allowed: " + String.join(", ", known) + ")");
        });
    }

    static String text(Map<String, Object> body, String key, boolean required) {
        Object value = body.get(key);
        if (value == null) {
            if (required) {
                throw InvalidInputException.of(key, "is required");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw InvalidInputException.of(key, "must be text");
        }
        return s;
    }

    static boolean bool(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw InvalidInputException.of(key, "must be true or false");
        }
        return b;
    }

    static Instant instant(Map<String, Object> body, String key) {
        String text = text(body, key, false);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(key, "must be a time with offset, e.g. 2026-12-01T08:00:00+01:00");
        }
    }

    static int integer(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            throw InvalidInputException.of(key, "is required");
        }
        if (!(value instanceof Integer i)) {
            throw InvalidInputException.of(key, "must be a whole number");
        }
        return i;
    }
}
