package de.sozialplattform.cms.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 400 for an uploaded file that cannot be used: not parseable, wrong structure, or invalid values. Names where
 * the problem is ({@code node} path and/or {@code line}) and, for invalid values, each offending property.
 */
public class InvalidFileException extends ApiException {

    private final Map<String, Object> properties = new LinkedHashMap<>();

    public InvalidFileException(String detail, String node, Integer line, List<InvalidInputException.FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-file", "Invalid file", detail);
        if (node != null) {
            properties.put("node", node);
        }
        if (line != null) {
            properties.put("line", line);
        }
        if (!errors.isEmpty()) {
            properties.put("errors", List.copyOf(errors));
        }
    }

    @Override
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
