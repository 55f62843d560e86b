package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.cms.problem.ConflictException;
import de.sozialplattform.cms.problem.InvalidFileException;
import de.sozialplattform.cms.problem.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bootstrap file that cannot be read or imported; the message names the node and line. When the content
 * repository refused a node, the cause is its {@link ApiException}.
 */
public class BootstrapException extends RuntimeException {

    private final String node;
    private final Integer line;

    public BootstrapException(String message) {
        this(message, null, null, null);
    }

    public BootstrapException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    /**
     * @param node path of the offending node, or {@code null}
     * @param line line in the file (1-based), or {@code null}
     */
    public BootstrapException(String message, String node, Integer line, Throwable cause) {
        super(message, cause);
        this.node = node;
        this.line = line;
    }

    public String node() {
        return node;
    }

    public Integer line() {
        return line;
    }

    /** The problem an API client gets: 409 when the repository's state clashes with the file, 400 otherwise. */
    public ApiException toProblem() {
        if (getCause() instanceof ConflictException conflict) {
            Map<String, Object> properties = new HashMap<>(conflict.properties());
            if (node != null) {
                properties.put("node", node);
            }
            return new ConflictException(getMessage(), properties);
        }
        List<InvalidInputException.FieldError> errors = getCause() instanceof InvalidInputException invalid
                ? invalid.errors() : List.of();
        return new InvalidFileException(getMessage(), node, line, errors);
    }
}
