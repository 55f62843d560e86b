package de.sozialplattform.search.web;

import de.sozialplattform.search.problem.SearchException;
import de.sozialplattform.search.problem.WithoutMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of {@link WebPage}s as a page in the layout and the page's language, not as the APIs' problem JSON: a
 * person who hits one in a browser reads what happened and what to do. Nothing of the request is logged, only the
 * exception's type and stack (a form may carry a person's answers).
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPageErrors {

    private static final Logger log = LoggerFactory.getLogger(WebPageErrors.class);
    /** Statuses with their own wording; others read as "something went wrong". */
    private static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 503);

    private final LayoutModel layout;

    WebPageErrors(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView error(Exception e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatusCode status = status(e);
        if (status.is5xxServerError() && status.value() != 503) {
            log.error("Unexpected error on a page: {}", e.getClass().getName(), WithoutMessages.of(e));
        }
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("page", layout.page(request));
        page.addObject("error", WORDED.contains(status.value()) ? String.valueOf(status.value()) : "other");
        return page;
    }

    private static HttpStatusCode status(Exception e) {
        if (e instanceof SearchException search) {
            return search.status();
        }
        if (e instanceof ErrorResponse known) {
            return known.getStatusCode();
        }
        return HttpStatusCode.valueOf(500);
    }
}
