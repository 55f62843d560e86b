package de.sozialplattform.cms.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 400 naming each offending field, e.g. a property of the wrong type or a missing required value. */
public class InvalidInputException extends ApiException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }

    private static String summary(List<FieldError> errors) {
        return errors.isEmpty() ? "Invalid input." : errors.get(0).field() + ": " + errors.get(0).message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    /** One offending field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
