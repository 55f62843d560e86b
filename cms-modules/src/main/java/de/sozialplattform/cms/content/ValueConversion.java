package de.sozialplattform.cms.content;

import de.sozialplattform.lightmodules.PropertyType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Converts a single value to the stored form of its type, or fails with a message for the client. Stored forms
 * are JSON-friendly: text, booleans, 64-bit integers, doubles, decimals as exact text, dates as ISO-8601 text.
 */
final class ValueConversion {

    private ValueConversion() {
    }

    /** @param lenient accept text for non-text types (values read from YAML files) */
    static Object convert(PropertyType type, Object value, boolean lenient) {
        return switch (type) {
            case STRING, ASSET -> text(value, type == PropertyType.ASSET);
            case RICH_TEXT -> text(value, false);
            case BOOLEAN -> bool(value, lenient);
            case LONG -> longValue(value, lenient);
            case DOUBLE -> doubleValue(value, lenient);
            case DECIMAL -> decimal(value, lenient).toPlainString();
            case DATE -> date(value);
            case REFERENCE -> reference(value);
            case SUBMODEL -> throw new IllegalStateException("sub-models are validated as objects");
        };
    }

    private static String text(Object value, boolean nonBlank) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("must be text");
        }
        if (nonBlank && s.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return s;
    }

    private static Boolean bool(Object value, boolean lenient) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (lenient && ("true".equals(value) || "false".equals(value))) {
            return Boolean.valueOf((String) value);
        }
        throw new IllegalArgumentException("must be true or false");
    }

    private static Long longValue(Object value, boolean lenient) {
        try {
            BigDecimal number = number(value, lenient);
            return number.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must be a whole number between -2^63 and 2^63-1");
        }
    }

    private static Double doubleValue(Object value, boolean lenient) {
        double d = number(value, lenient).doubleValue();
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("is out of range");
        }
        return d;
    }

    private static BigDecimal decimal(Object value, boolean lenient) {
        // Decimals are exact amounts (e.g. money): text is accepted too, so clients can avoid binary floats.
        return number(value, lenient || value instanceof String);
    }

    private static BigDecimal number(Object value, boolean acceptText) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("must be a finite number");
            }
            return BigDecimal.valueOf(d);
        }
        if (acceptText && value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number");
            }
        }
        throw new IllegalArgumentException("must be a number");
    }

    /** A calendar date {@code 2026-01-31} or a moment with offset {@code 2026-01-31T10:00:00+01:00}. */
    private static String date(Object value) {
        String s = text(value, true).trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).toString();
            }
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date like 2026-01-31 or a time like 2026-01-31T10:00:00+01:00");
        }
    }

    private static String reference(Object value) {
        String s = text(value, true);
        try {
            return UUID.fromString(s).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be the identifier (UUID) of the referenced node");
        }
    }
}
