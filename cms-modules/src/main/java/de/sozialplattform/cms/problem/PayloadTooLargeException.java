package de.sozialplattform.cms.problem;

import org.springframework.http.HttpStatus;

/** 413 when a request body exceeds the configured limit. */
public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                "The request body is larger than " + limit + " bytes.");
    }
}
