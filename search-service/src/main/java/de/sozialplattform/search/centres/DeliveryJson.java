package de.sozialplattform.search.centres;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;

/**
 * Reads property values of a node in the Delivery API's JSON, tolerant of the ways Magnolia writes them: a
 * multiple property may come as a single string, numbers and booleans as strings, dates with or without a time.
 */
final class DeliveryJson {

    private DeliveryJson() {
    }

    /** The text of a scalar property; null when absent, blank or not a scalar. */
    static String text(JsonNode node, String property) {
        JsonNode value = node.path(property);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    static List<String> texts(JsonNode node, String property) {
        JsonNode value = node.path(property);
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.values().stream().filter(JsonNode::isValueNode).map(JsonNode::asString).map(String::strip)
                    .filter(text -> !text.isEmpty()).forEach(texts::add);
        } else if (text(node, property) != null) {
            texts.add(text(node, property));
        }
        return texts;
    }

    static boolean flag(JsonNode node, String property) {
        JsonNode value = node.path(property);
        return value.isBoolean() ? value.asBoolean() : "true".equalsIgnoreCase(text(node, property));
    }

    static OptionalDouble number(JsonNode node, String property) {
        JsonNode value = node.path(property);
        if (value.isNumber()) {
            return OptionalDouble.of(value.asDouble());
        }
        try {
            String text = text(node, property);
            return text == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** A Date property: {@code 2026-12-01}, or a moment whose calendar date (in its own offset) is meant. */
    static LocalDate date(JsonNode node, String property) {
        String text = text(node, property);
        try {
            return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code mgnl:lastModified}: {@code 2026-11-28T10:00:00Z} here, {@code …000+01:00} in Magnolia. */
    static Instant instant(JsonNode node, String property) {
        String text = text(node, property);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Items of a multiple sub-model: child nodes {@code 0}, {@code 1}, … in the order of {@code @nodes}. */
    static List<Child> children(JsonNode node, String property) {
        JsonNode container = node.path(property);
        List<Child> children = new ArrayList<>();
        if (!container.isObject()) {
            return children;
        }
        for (String name : texts(container, "@nodes")) {
            JsonNode child = container.path(name);
            if (child.isObject()) {
                children.add(new Child(name, child));
            }
        }
        return children;
    }

    record Child(String name, JsonNode node) {
    }
}
