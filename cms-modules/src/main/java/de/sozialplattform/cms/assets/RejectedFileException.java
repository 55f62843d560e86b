package de.sozialplattform.cms.assets;

import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.cms.problem.InvalidInputException.FieldError;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An uploaded file refused: too large (413), of a type not accepted (415), or not readable within limits (422). */
class RejectedFileException extends ApiException {

    private final String mediaType;

    private RejectedFileException(HttpStatus status, String type, String title, String detail, String mediaType) {
        super(status, type, title, detail);
        this.mediaType = mediaType;
    }

    static RejectedFileException tooLarge(long limit) {
        return new RejectedFileException(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
                "The file is larger than the limit of " + limit + " bytes.", null);
    }

    static RejectedFileException unsupportedType(String mediaType, String detail) {
        return new RejectedFileException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed",
                "File type not allowed", detail, mediaType);
    }

    static RejectedFileException unreadable(String mediaType, String detail) {
        return new RejectedFileException(HttpStatus.UNPROCESSABLE_CONTENT, "file-not-readable", "File not readable",
                detail, mediaType);
    }

    @Override
    public Map<String, Object> properties() {
        // The same errors list as every other 400, so clients find the field in one place.
        List<FieldError> errors = List.of(new FieldError("file", getMessage()));
        return mediaType == null ? Map.of("errors", errors) : Map.of("errors", errors, "detectedType", mediaType);
    }
}
