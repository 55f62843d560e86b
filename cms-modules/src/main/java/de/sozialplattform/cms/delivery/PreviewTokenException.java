package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.problem.ApiException;
import org.springframework.http.HttpStatus;

/** 401: a preview token that is unknown or expired. */
class PreviewTokenException extends ApiException {

    PreviewTokenException() {
        super(HttpStatus.UNAUTHORIZED, "invalid-preview-token", "Invalid preview token",
                "The preview token is unknown or has expired; ask for a new one.");
    }
}
