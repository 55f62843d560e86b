package de.sozialplattform.cms.problem;

import org.springframework.http.HttpStatus;

/** 428 when a write comes without {@code If-Match}, 412 when its {@code If-Match} is stale. */
public class PreconditionException extends ApiException {

    private PreconditionException(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    public static PreconditionException required() {
        return new PreconditionException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                "Send the ETag of the node you changed in an If-Match header, so concurrent edits are not lost.");
    }

    public static PreconditionException failed(String current) {
        return new PreconditionException(HttpStatus.PRECONDITION_FAILED, "stale-version", "Changed by someone else",
                "The node was changed since you read it (its ETag is now " + current + "); read it again and redo the change.");
    }
}
