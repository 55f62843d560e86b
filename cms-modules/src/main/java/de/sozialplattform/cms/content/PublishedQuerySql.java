package de.sozialplattform.cms.content;

import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.support.SqlTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the SQL of a {@link PublishedQuery}. User input only ever becomes parameter values; column names come
 * from a fixed list chosen by the property's type. Values are converted by that type (numbers compare as numbers,
 * dates as dates), and a value that does not fit is a 400 naming the filter.
 */
final class PublishedQuerySql {

    /** How a property's values are stored and compared. */
    enum Kind { TEXT, NUMBER, DATE, BOOLEAN, TIMESTAMP }

    /** Where a property's values live: a {@code published_value} row, or a column of {@code published_node}. */
    record Column(Kind kind, String nodeColumn) {

        static Column value(Kind kind) {
            return new Column(kind, null);
        }

        String valueColumn() {
            return switch (kind) {
                case NUMBER -> "v.number_value";
                case DATE -> "v.date_value";
                default -> "v.text_value";
            };
        }
    }

    private final Map<String, Object> params = new HashMap<>();
    private final List<String> conditions = new ArrayList<>();
    private int counter;

    Map<String, Object> params() {
        return params;
    }

    String where() {
        return String.join(" AND ", conditions);
    }

    String param(Object value) {
        String name = "p" + counter++;
        params.put(name, value);
        return ":" + name;
    }

    void condition(String sql) {
        conditions.add(sql);
    }

    /** A filter on a property stored as values of {@code published_value}. */
    void valueFilter(PublishedQuery.Filter filter, Column column, List<String> langs) {
        if (column.nodeColumn() != null) {
            condition("(" + match(filter, column.nodeColumn(), column.kind()) + ")");
            return;
        }
        String exists = "EXISTS (SELECT 1 FROM published_value v WHERE v.node_id = n.node_id AND v.name = "
                + param(filter.property()) + " AND v.lang IN (" + param(langs) + ") AND ("
                + match(filter, column.valueColumn(), column.kind()) + "))";
        condition(filter.operator().negated() ? "NOT " + exists : exists);
    }

    /** The sort expression of a property. */
    String orderExpression(String property, Column column, List<String> langs) {
        if (column.nodeColumn() != null) {
            return column.nodeColumn();
        }
        String value = column.kind() == Kind.TEXT ? "v.sort_key" : column.valueColumn();
        return "(SELECT MIN(" + value + ") FROM published_value v WHERE v.node_id = n.node_id AND v.name = "
                + param(property) + " AND v.lang IN (" + param(langs) + "))";
    }

    private String match(PublishedQuery.Filter filter, String column, Kind kind) {
        PublishedQuery.Operator operator = filter.operator();
        List<String> parts = new ArrayList<>();
        switch (operator) {
            case LT, GT, LTE, GTE -> {
                if (filter.values().size() != 1) {
                    throw InvalidInputException.of(filter.field(), "takes exactly one value");
                }
                parts.add(column + " " + comparison(operator) + " " + param(convert(filter, kind, filter.values().get(0))));
            }
            case LIKE -> {
                if (kind != Kind.TEXT) {
                    throw InvalidInputException.of(filter.field(), "'like' applies to text properties only");
                }
                filter.values().forEach(value -> parts.add("LOWER(" + column + ") LIKE " + param(pattern(value))
                        + " ESCAPE '\\'"));
            }
            default -> filter.values().forEach(value -> parts.add(equalsOrRange(filter, column, kind, value)));
        }
        return String.join(" OR ", parts);
    }

    private String equalsOrRange(PublishedQuery.Filter filter, String column, Kind kind, String value) {
        int tilde = value.indexOf('~');
        if (tilde < 0) {
            return column + " = " + param(convert(filter, kind, value));
        }
        String from = value.substring(0, tilde);
        String to = value.substring(tilde + 1);
        List<String> bounds = new ArrayList<>();
        if (!from.isEmpty()) {
            bounds.add(column + " >= " + param(convert(filter, kind, from)));
        }
        if (!to.isEmpty()) {
            bounds.add(column + " <= " + param(convert(filter, kind, to)));
        }
        if (bounds.isEmpty()) {
            throw InvalidInputException.of(filter.field(), "a range needs at least one bound, e.g. 10~20, 10~ or ~20");
        }
        return "(" + String.join(" AND ", bounds) + ")";
    }

    private static String comparison(PublishedQuery.Operator operator) {
        return switch (operator) {
            case LT -> "<";
            case GT -> ">";
            case LTE -> "<=";
            default -> ">=";
        };
    }

    /** {@code like} matches case-insensitively; without {@code %} it means "contains". */
    private static String pattern(String value) {
        String escaped = value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("_", "\\_");
        return escaped.contains("%") ? escaped : "%" + escaped + "%";
    }

    private static Object convert(PublishedQuery.Filter filter, Kind kind, String value) {
        try {
            return switch (kind) {
                case NUMBER -> new BigDecimal(value.trim()).doubleValue();
                case DATE -> DeliveryDates.sortable(value);
                case TIMESTAMP -> SqlTime.of(instant(value));
                case BOOLEAN -> bool(value);
                case TEXT -> value;
            };
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(filter.field(), "'" + value + "' " + describe(kind));
        }
    }

    private static Instant instant(String value) {
        String sortable = DeliveryDates.sortable(value);
        return sortable.length() == 10 ? LocalDate.parse(sortable).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(sortable);
    }

    private static String bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(value);
        }
        return value;
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case NUMBER -> "is not a number";
            case DATE, TIMESTAMP -> "is not a date like 2026-01-31 or a time like 2026-01-31T10:00:00+01:00";
            case BOOLEAN -> "is not true or false";
            case TEXT -> "is not valid";
        };
    }
}
