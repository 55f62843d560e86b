package de.sozialplattform.search.problem;

import org.springframework.http.HttpStatus;

/** 404 for an id the index does not hold (never published, or unpublished since). */
public class NotFoundException extends SearchException {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " does not exist or is not published.");
    }
}
