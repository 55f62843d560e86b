package de.sozialplattform.search.problem;

import org.springframework.http.HttpStatus;

/** 429 when a caller sends more than the allowed number of requests of one kind. */
public class TooManyRequestsException extends SearchException {

    public TooManyRequestsException(String detail) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail);
    }
}
