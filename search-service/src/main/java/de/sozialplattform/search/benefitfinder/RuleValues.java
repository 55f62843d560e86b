package de.sozialplattform.search.benefitfinder;

import java.util.Objects;

/**
 * What the operators of a compiled rule expression ({@link RuleCompiler}) do with values, mirroring SpEL's
 * interpreter for the values rules meet (Integer, Long, Double, String, Boolean, null), so that compiled and
 * interpreted expressions agree; {@link RuleExpression} checks that they do on every sample when files load.
 */
final class RuleValues {

    /**
     * The longest text {@code +} may build. Rules join a few words at most; without a limit, facts that each double
     * the text of the one before would fill the memory within a few dozen lines.
     */
    static final int MAX_TEXT_LENGTH = 1_000;

    private RuleValues() {
    }

    /** A condition's value; like SpEL, unknown (null) is an error, not false. */
    static boolean truth(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new IllegalStateException("expected true or false, got " + (value == null ? "null" : "a "
                + value.getClass().getSimpleName()));
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return isDecimal(x, y) ? x.doubleValue() == y.doubleValue() : x.longValue() == y.longValue();
        }
        return Objects.equals(a, b);
    }

    /** As SpEL's StandardTypeComparator: null before everything, numbers by value, else same-type order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return isDecimal(x, y) ? Double.compare(x.doubleValue(), y.doubleValue())
                    : Long.compare(x.longValue(), y.longValue());
        }
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Comparable comparable && a.getClass() == b.getClass()) {
            return comparable.compareTo(b);
        }
        throw new IllegalStateException("cannot compare a " + a.getClass().getSimpleName() + " with a "
                + b.getClass().getSimpleName());
    }

    static Object plus(Object a, Object b) {
        if (a instanceof String || b instanceof String) {
            String left = String.valueOf(a);
            String right = String.valueOf(b);
            if (left.length() + right.length() > MAX_TEXT_LENGTH) {
                throw new LimitExceeded("'+' would give a text longer than " + MAX_TEXT_LENGTH + " characters");
            }
            return left + right;
        }
        return arithmetic('+', a, b);
    }

    /** Double if either is one, else Long if either is one, else Integer (wrapping like Java and SpEL). */
    static Object arithmetic(char operator, Object a, Object b) {
        if (!(a instanceof Number x) || !(b instanceof Number y)) {
            throw new IllegalStateException("'" + operator + "' needs two numbers, got "
                    + (a == null ? "null" : a.getClass().getSimpleName()) + " and "
                    + (b == null ? "null" : b.getClass().getSimpleName()));
        }
        if (isDecimal(x, y)) {
            double p = x.doubleValue();
            double q = y.doubleValue();
            return switch (operator) {
                case '+' -> p + q;
                case '-' -> p - q;
                case '*' -> p * q;
                case '/' -> p / q;
                default -> p % q;
            };
        }
        if (x instanceof Long || y instanceof Long) {
            long p = x.longValue();
            long q = y.longValue();
            return switch (operator) {
                case '+' -> p + q;
                case '-' -> p - q;
                case '*' -> p * q;
                case '/' -> p / q;
                default -> p % q;
            };
        }
        int p = x.intValue();
        int q = y.intValue();
        return switch (operator) {
            case '+' -> p + q;
            case '-' -> p - q;
            case '*' -> p * q;
            case '/' -> p / q;
            default -> p % q;
        };
    }

    /** A limit of the compiled rules that SpEL does not have: reported as it is, never compared with SpEL. */
    static final class LimitExceeded extends IllegalStateException {

        LimitExceeded(String message) {
            super(message);
        }
    }

    private static boolean isDecimal(Number x, Number y) {
        return x instanceof Double || y instanceof Double || x instanceof Float || y instanceof Float;
    }
}
