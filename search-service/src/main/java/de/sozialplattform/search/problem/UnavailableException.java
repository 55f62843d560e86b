package de.sozialplattform.search.problem;

import org.springframework.http.HttpStatus;

/** 503 when a part the request needs is not available, e.g. geocoding without a postal-code gazetteer. */
public class UnavailableException extends SearchException {

    public UnavailableException(String slug, String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, slug, "Service unavailable", detail);
    }
}
