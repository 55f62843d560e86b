package de.sozialplattform.cms.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 429: the caller sent more requests of this kind than allowed; {@code retryAfterSeconds} says when to retry. */
public class TooManyRequestsException extends ApiException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("retryAfterSeconds", retryAfterSeconds);
    }
}
