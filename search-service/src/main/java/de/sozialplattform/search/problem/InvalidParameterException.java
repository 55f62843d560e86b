package de.sozialplattform.search.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * 400 naming the parameters that are wrong and why, e.g. {@code radiusKm: must be between 1 and 200}; several at
 * once where a client should fix them together (the answers of the benefit finder).
 */
public class InvalidParameterException extends SearchException {

    private final List<FieldError> errors;
    private final Map<String, Object> extra;

    public InvalidParameterException(String parameter, String message) {
        this(parameter, message, Map.of());
    }

    /** With extra problem members, e.g. the {@code candidates} of an ambiguous place name. */
    public InvalidParameterException(String parameter, String message, Map<String, Object> extra) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", parameter + ": " + message);
        this.errors = List.of(new FieldError(parameter, message));
        this.extra = Map.copyOf(extra);
    }

    /** Several offending parameters in one problem, in the order given; {@code errors} must not be empty. */
    public InvalidParameterException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail(errors));
        this.errors = List.copyOf(errors);
        this.extra = Map.of();
    }

    private static String detail(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid-parameter problem needs at least one error");
        }
        return errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }

    /** The (first) offending parameter. */
    public String parameter() {
        return errors.get(0).field();
    }

    /** Every offending parameter, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(extra);
        properties.put("errors", errors);
        return properties;
    }

    /** One offending parameter and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
