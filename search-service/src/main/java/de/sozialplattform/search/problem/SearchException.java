package de.sozialplattform.search.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An error the search API answers with a problem document of its own type. */
public abstract class SearchException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;

    protected SearchException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create("/problems/" + slug);
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
