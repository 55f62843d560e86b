package de.sozialplattform.search.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** 400 naming the query parameter that is wrong and why, e.g. {@code radiusKm: must be between 1 and 200}. */
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

    public String parameter() {
        return errors.get(0).field();
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
