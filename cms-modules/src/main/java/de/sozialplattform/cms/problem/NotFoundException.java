package de.sozialplattform.cms.problem;

import org.springframework.http.HttpStatus;

/** 404: the named thing does not exist (or the caller may not know that it does). */
public class NotFoundException extends ApiException {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is no " + what + ".");
    }
}
