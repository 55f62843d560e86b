package de.sozialplattform.search.benefitfinder.web;

import de.sozialplattform.search.benefitfinder.Question;
import de.sozialplattform.search.benefitfinder.QuestionType;
import de.sozialplattform.search.benefitfinder.Questionnaire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers a form carries, as the person typed them: each question's field {@code a.<id>} (repeated for a
 * multiple choice), and the optional postal code. Between steps they travel only in POST bodies, as hidden fields
 * of the next form; nothing is kept on the server. Only fields of known questions are taken.
 */
final class FormAnswers {

    static final String PREFIX = "a.";
    static final String POSTAL_CODE = "postalCode";
    /** Longer values are no answer a person gives; cut so a forged form cannot inflate the next page. */
    private static final int MAX_VALUE = 32;
    private static final int MAX_VALUES = 20;
    /** "1.200", "1 200" or "1.200 €" as people write amounts in German. */
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}([.  ][0-9]{3})+");

    private final Map<String, List<String>> byQuestion;
    private final String postalCode;

    private FormAnswers(Map<String, List<String>> byQuestion, String postalCode) {
        this.byQuestion = byQuestion;
        this.postalCode = postalCode;
    }

    static FormAnswers from(Map<String, String[]> parameters, List<Question> questions) {
        Map<String, List<String>> byQuestion = new LinkedHashMap<>();
        for (Question question : questions) {
            String[] values = parameters.get(PREFIX + question.id());
            if (values != null) {
                List<String> kept = Arrays.stream(values).limit(MAX_VALUES).map(FormAnswers::cut)
                        .filter(value -> !value.isBlank()).toList();
                if (!kept.isEmpty()) {
                    byQuestion.put(question.id(), kept);
                }
            }
        }
        String[] postalCode = parameters.get(POSTAL_CODE);
        return new FormAnswers(byQuestion, postalCode == null || postalCode.length == 0 ? "" : cut(postalCode[0]));
    }

    /** These answers with the question's answer replaced. */
    FormAnswers with(String questionId, List<String> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(byQuestion);
        copy.put(questionId, List.copyOf(values));
        return new FormAnswers(copy, postalCode);
    }

    List<String> values(String questionId) {
        return byQuestion.getOrDefault(questionId, List.of());
    }

    String value(String questionId) {
        List<String> values = values(questionId);
        return values.isEmpty() ? "" : values.get(0);
    }

    boolean dontKnow(String questionId) {
        return values(questionId).equals(List.of(Questionnaire.DONT_KNOW));
    }

    String postalCode() {
        return postalCode;
    }

    /** The {@code answers} object of the evaluation API, so forms are checked exactly like API calls. */
    ObjectNode json(List<Question> questions) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        for (Question question : questions) {
            List<String> values = values(question.id());
            if (values.isEmpty()) {
                continue;
            }
            if (question.type() == QuestionType.MULTI_CHOICE && !dontKnow(question.id())) {
                ArrayNode chosen = answers.putArray(question.id());
                values.forEach(chosen::add);
            } else if (question.type() == QuestionType.INTEGER) {
                answers.put(question.id(), number(values.get(0)));
            } else {
                answers.put(question.id(), values.get(0));
            }
        }
        return answers;
    }

    /** Hidden fields carrying every answer except those of {@code exceptQuestionId}, for the next form. */
    List<HiddenField> hidden(String exceptQuestionId) {
        List<HiddenField> fields = new ArrayList<>();
        byQuestion.forEach((id, values) -> {
            if (!id.equals(exceptQuestionId)) {
                values.forEach(value -> fields.add(new HiddenField(PREFIX + id, value)));
            }
        });
        if (!postalCode.isBlank() && !POSTAL_CODE.equals(exceptQuestionId)) {
            fields.add(new HiddenField(POSTAL_CODE, postalCode));
        }
        return fields;
    }

    /** Digits as typed, without a euro sign and the grouping people use for amounts. */
    private static String number(String typed) {
        String value = typed.replace("€", "").strip();
        if (GROUPED_NUMBER.matcher(value).matches()) {
            value = value.replaceAll("[.  ]", "");
        }
        return value;
    }

    private static String cut(String value) {
        String stripped = value.strip();
        return stripped.length() > MAX_VALUE ? stripped.substring(0, MAX_VALUE) : stripped;
    }
}
