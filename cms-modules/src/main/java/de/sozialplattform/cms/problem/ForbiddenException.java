package de.sozialplattform.cms.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 403: the caller is known and may see the object, but may not do this to it. When a single property is the
 * reason (a centre maintainer changing a location's coordinates), the problem names it in {@code field}.
 */
public class ForbiddenException extends ApiException {

    private final String field;

    public ForbiddenException(String detail) {
        this(detail, null);
    }

    private ForbiddenException(String detail, String field) {
        super(HttpStatus.FORBIDDEN, field == null ? "forbidden" : "forbidden-field", "Forbidden", detail);
        this.field = field;
    }

    public static ForbiddenException field(String field, String reason) {
        return new ForbiddenException(field + ": " + reason, field);
    }

    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> properties() {
        return field == null ? Map.of() : Map.of("field", field);
    }
}
