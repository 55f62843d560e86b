package de.sozialplattform.cms.management;

import de.sozialplattform.cms.problem.PreconditionException;

/** The lock version a write expects, from the {@code If-Match} header (the node's ETag, e.g. {@code "7"}). */
final class IfMatch {

    private IfMatch() {
    }

    static long required(String header) {
        if (header == null || header.isBlank()) {
            throw PreconditionException.required();
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw PreconditionException.failed("unknown: '" + header + "' is not an ETag of this API");
        }
    }
}
