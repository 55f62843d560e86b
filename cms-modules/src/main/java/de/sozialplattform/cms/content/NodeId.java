package de.sozialplattform.cms.content;

import com.fasterxml.jackson.annotation.JsonValue;
import de.sozialplattform.cms.problem.InvalidInputException;
import java.util.UUID;

/** Identifier of a node, stable across moves and renames (Magnolia's {@code jcr:uuid}). */
public record NodeId(UUID value) {

    public static NodeId random() {
        return new NodeId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; a malformed one is a 400 naming {@code field}. */
    public static NodeId parse(String text, String field) {
        try {
            return new NodeId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "is not a node identifier (UUID)");
        }
    }

    public static NodeId of(String text) {
        return new NodeId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
