package de.sozialplattform.cms.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 409: the request is valid but clashes with the current state (a taken path, a referenced node...). */
public class ConflictException extends ApiException {

    private final Map<String, Object> properties;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> properties) {
        super(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", detail);
        this.properties = Map.copyOf(properties);
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
