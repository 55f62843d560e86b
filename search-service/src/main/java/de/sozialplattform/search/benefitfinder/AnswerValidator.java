package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.InvalidParameterException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns the {@code answers} object of an evaluation request into {@link Answers}, or rejects it with one 400
 * problem naming every offending question as {@code answers.<id>}. Error messages are built from the
 * questionnaire only, never from what was sent: answers reveal a person's income, health and residence status.
 * For the same reason nothing here is logged.
 *
 * <p>Accepted values: {@code "dontKnow"} where offered (the answer is then absent); whole numbers as JSON numbers or
 * numeric strings (HTML forms send strings); {@code true}/{@code false} for yes/no, also as strings; an option id for
 * a choice; a non-empty array of option ids for a multiple choice, {@code none} alone. {@code null} or a missing
 * entry means not answered. Answers to questions that are not asked (their {@code askedWhen} does not hold) are
 * dropped unchecked, so a client may keep an answer the person gave before changing an earlier one.
 */
@Component
public class AnswerValidator {

    static final String FIELD_PREFIX = "answers.";

    /** A key we can name in an error; anything else is reported without echoing it. */
    private static final Pattern PRINTABLE_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Numeric strings; the length cap keeps a huge string from reaching BigDecimal. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,15}");

    private final Questionnaire questionnaire;

    public AnswerValidator(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /**
     * @param answers the {@code answers} member of the request; {@code null}, JSON null or missing count as empty
     * @throws InvalidParameterException listing every unknown question id, missing required answer and invalid
     *     answer
     */
    public Answers validate(JsonNode answers) {
        Checked checked = check(answers);
        if (!checked.errors().isEmpty()) {
            throw new InvalidParameterException(checked.errors());
        }
        return checked.answers();
    }

    /**
     * As {@link #validate}, but keeps what is valid: the web UI checks one question at a time and needs the
     * earlier answers for the skip logic while later required questions are still unanswered.
     *
     * @throws InvalidParameterException when {@code answers} is not an object
     */
    public Checked check(JsonNode answers) {
        if (answers != null && !answers.isNull() && !answers.isMissingNode() && !answers.isObject()) {
            throw new InvalidParameterException("answers", "must be an object of answers by question id");
        }
        List<Question> questions = questionnaire.questions();
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Question question : questions) {
            if (!question.asked(values)) {
                continue;
            }
            JsonNode node = answers == null ? null : answers.get(question.id());
            String error = answer(question, node, values);
            if (error != null) {
                errors.add(new FieldError(FIELD_PREFIX + question.id(), error));
            }
        }
        errors.addAll(unknownIds(answers, questions));
        return new Checked(new Answers(values), errors);
    }

    /**
     * @param answers the valid answers
     * @param errors one per offending question, as {@code answers.<id>}; empty when all is well
     */
    public record Checked(Answers answers, List<FieldError> errors) {

        public Checked {
            errors = List.copyOf(errors);
        }

        /** Whether the question's answer, or its absence though required, is wrong. */
        public boolean wrong(String questionId) {
            return errors.stream().anyMatch(error -> error.field().equals(FIELD_PREFIX + questionId));
        }
    }

    /** Puts the typed answer into {@code values} unless it is unknown; returns the error message, if any. */
    private static String answer(Question question, JsonNode node, Map<String, Object> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return question.required() ? "must be answered" : null;
        }
        if (node.isString() && Questionnaire.DONT_KNOW.equals(node.stringValue())) {
            if (question.dontKnow()) {
                return null;
            }
            return "must be answered; this question offers no \"don't know\"";
        }
        Object value = switch (question.type()) {
            case INTEGER -> integer(question, node);
            case YES_NO -> yesNo(node);
            case CHOICE -> node.isString() && question.options().contains(node.stringValue()) ? node.stringValue() : null;
            case MULTI_CHOICE -> choices(question, node);
        };
        if (value == null) {
            return expected(question);
        }
        values.put(question.id(), value);
        return null;
    }

    private static Integer integer(Question question, JsonNode node) {
        BigDecimal number;
        if (node.isNumber()) {
            try {
                number = node.decimalValue();
            } catch (RuntimeException e) { // not finite: no whole number
                return null;
            }
        } else if (node.isString() && WHOLE_NUMBER.matcher(node.stringValue().strip()).matches()) {
            number = new BigDecimal(node.stringValue().strip());
        } else {
            return null;
        }
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (!whole || number.compareTo(BigDecimal.valueOf(question.min())) < 0
                || number.compareTo(BigDecimal.valueOf(question.max())) > 0) {
            return null;
        }
        return number.intValueExact();
    }

    private static Boolean yesNo(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString() && (node.stringValue().equals("true") || node.stringValue().equals("false"))) {
            return Boolean.valueOf(node.stringValue());
        }
        return null;
    }

    private static Set<String> choices(Question question, JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            return null;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonNode item : node.values()) {
            if (!item.isString() || !question.options().contains(item.stringValue())) {
                return null;
            }
            chosen.add(item.stringValue());
        }
        if (chosen.contains(Question.NONE) && chosen.size() > 1) {
            return null;
        }
        return Collections.unmodifiableSet(chosen);
    }

    /** What a valid answer looks like; the same text for every wrong value, so none is ever echoed. */
    private static String expected(Question question) {
        String expected = switch (question.type()) {
            case INTEGER -> "must be a whole number from " + question.min() + " to " + question.max();
            case YES_NO -> "must be true or false";
            case CHOICE -> "must be one of " + String.join(", ", question.options());
            case MULTI_CHOICE -> "must be a list of one or more of " + String.join(", ", question.options())
                    + " (" + Question.NONE + " only on its own)";
        };
        return question.dontKnow() ? expected + ", or \"" + Questionnaire.DONT_KNOW + "\"" : expected;
    }

    private static List<FieldError> unknownIds(JsonNode answers, List<Question> questions) {
        if (answers == null || !answers.isObject()) {
            return List.of();
        }
        Set<String> ids = questions.stream().map(Question::id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        boolean unprintable = false;
        for (String key : answers.propertyNames()) {
            if (ids.contains(key)) {
                continue;
            }
            if (PRINTABLE_KEY.matcher(key).matches()) {
                errors.add(new FieldError(FIELD_PREFIX + key, "is not a question of the benefit finder"));
            } else {
                unprintable = true;
            }
        }
        if (unprintable) {
            errors.add(new FieldError("answers", "contains a key that is not a question id of the benefit finder"));
        }
        return errors;
    }
}
