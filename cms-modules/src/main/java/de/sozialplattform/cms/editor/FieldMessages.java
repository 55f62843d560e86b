package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.problem.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages shown next to fields, in the page's language: from the form's own checks, and from the content
 * service's validation (the one the API uses), whose English reasons are mapped to {@code editor.error.*} keys.
 */
@Component
class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(List<FormBinder.FieldProblem> problems, Locale locale) {
        Map<String, String> result = new LinkedHashMap<>();
        problems.forEach(problem -> result.putIfAbsent(problem.field(), text(problem.code(), problem.detail(), locale)));
        return result;
    }

    /** Validation errors of the content service; {@code types[0]} is shown at {@code types}. */
    Map<String, String> of(InvalidInputException invalid, Locale locale) {
        Map<String, String> result = new LinkedHashMap<>();
        for (InvalidInputException.FieldError error : invalid.errors()) {
            String field = error.field().replaceFirst("\\[[0-9]+]$", "");
            String code = error.message().equals("is required") ? "required"
                    : error.message().startsWith("does not point to") ? "reference" : "invalid";
            result.putIfAbsent(field, text(code, error.message(), locale));
        }
        return result;
    }

    private String text(String code, String detail, Locale locale) {
        return messages.getMessage("editor.error." + code, new Object[] {detail}, locale);
    }
}
