package de.sozialplattform.search.problem;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Problem JSON for the search controllers. It never echoes Solr's own messages: they would show query syntax and
 * internals to the public.
 */
@RestControllerAdvice(basePackages = "de.sozialplattform.search")
// after the error pages of the web layer (web.WebPageErrors), before the CMS's API-wide problem advice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SearchProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(SearchProblemAdvice.class);

    @ExceptionHandler(SearchException.class)
    ResponseEntity<ProblemDetail> searchException(SearchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).cacheControl(CacheControl.noStore()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return searchException(new InvalidParameterException(e.getName(), "is not a valid value"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return searchException(new InvalidParameterException(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return searchException(new InvalidParameterException("body", "is not a valid JSON document of the expected shape"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // The message may contain the user's search text or location (sensitive): log the type and stack only.
        log.error("Unexpected error in the search API: {}", e.getClass().getName(), WithoutMessages.of(e));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; please try again later.");
        problem.setType(URI.create("/problems/internal-error"));
        return ResponseEntity.internalServerError().cacheControl(CacheControl.noStore()).body(problem);
    }
}
