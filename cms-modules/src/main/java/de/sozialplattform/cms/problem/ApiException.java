package de.sozialplattform.cms.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A client error with its HTTP status, stable problem type and extra members of the problem document. */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected ApiException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** Problem type URI, relative to the API root, e.g. {@code /problems/invalid-property}. */
    public URI type() {
        return URI.create("/problems/" + type);
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document, e.g. {@code property} or {@code referencedBy}. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
