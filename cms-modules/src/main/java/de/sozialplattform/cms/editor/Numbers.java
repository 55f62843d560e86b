package de.sozialplattform.cms.editor;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Numbers from request parameters. Parameters are taken as text and parsed here: a hand-edited address or form
 * with {@code page=abc} must get a 400 page, and Spring's type conversion failure would reach the page error
 * handler as an unexpected exception (500).
 */
final class Numbers {

    private Numbers() {
    }

    /** A required number: 400 when it is not one. */
    static long required(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /** An optional page number: 1 when missing or not a number. */
    static int page(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
