package de.sozialplattform.search.benefitfinder.web;

import de.sozialplattform.search.benefitfinder.AnswerValidator.Checked;
import de.sozialplattform.search.benefitfinder.Question;
import de.sozialplattform.search.benefitfinder.QuestionType;
import de.sozialplattform.search.benefitfinder.Questionnaire;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the benefit finder's pages in the page's language: a step with its options and error message, and
 * the answers as the result page lists them. Question wording comes from the questionnaire's messages, the
 * page's own texts from the {@code benefitFinder.ui.*} messages.
 */
@Component
class StepTexts {

    private static final String UI = "benefitFinder.ui.";

    private final Questionnaire questionnaire;
    private final MessageSource messages;

    StepTexts(Questionnaire questionnaire, MessageSource messages) {
        this.questionnaire = questionnaire;
        this.messages = messages;
    }

    QuestionPage page(Steps steps, String step, FormAnswers answers, boolean showError, boolean seenResult,
            Locale locale) {
        String lang = locale.getLanguage();
        int position = steps.position(step);
        boolean hasPrevious = steps.previous(step).isPresent();
        if (Steps.POSTAL_CODE.equals(step)) {
            return new QuestionPage(step, "postalCode", ui("postalCode.text", locale), ui("postalCode.help", locale),
                    position, steps.total(), List.of(), answers.postalCode(), false, false,
                    showError ? ui("error.postalCode", locale) : null, hasPrevious, seenResult,
                    answers.hidden(step));
        }
        Question question = steps.question(step);
        String fieldId = "answer-" + step;
        return new QuestionPage(step, question.type().id(), questionnaire.text(question, lang),
                questionnaire.help(question, lang).orElse(null), position, steps.total(),
                choices(question, answers, fieldId, lang),
                answers.dontKnow(step) ? "" : answers.value(step), question.dontKnow(), answers.dontKnow(step),
                showError ? error(question, answers, locale) : null, hasPrevious, seenResult, answers.hidden(step));
    }

    List<AnswerLine> answerLines(Steps steps, FormAnswers answers, Checked checked, Locale locale) {
        List<AnswerLine> lines = new ArrayList<>();
        for (Question question : steps.asked()) {
            Object value = checked.answers().values().get(question.id());
            lines.add(new AnswerLine(question.id(), questionnaire.text(question, locale.getLanguage()),
                    answer(question, value, answers.dontKnow(question.id()), locale)));
        }
        String postalCode = answers.postalCode().isBlank() ? ui("noPostalCode", locale) : answers.postalCode();
        lines.add(new AnswerLine(Steps.POSTAL_CODE, ui("postalCode.text", locale), postalCode));
        return lines;
    }

    private List<QuestionPage.Choice> choices(Question question, FormAnswers answers, String fieldId, String lang) {
        List<String> chosen = answers.values(question.id());
        if (question.type() == QuestionType.YES_NO) {
            return List.of(
                    new QuestionPage.Choice("true", questionnaire.answerLabel(Questionnaire.YES, lang),
                            chosen.contains("true"), fieldId + "-yes"),
                    new QuestionPage.Choice("false", questionnaire.answerLabel(Questionnaire.NO, lang),
                            chosen.contains("false"), fieldId + "-no"));
        }
        return question.options().stream()
                .map(option -> new QuestionPage.Choice(option, questionnaire.optionLabel(question, option, lang),
                        chosen.contains(option), fieldId + "-" + option))
                .toList();
    }

    private String error(Question question, FormAnswers answers, Locale locale) {
        if (answers.values(question.id()).isEmpty()) {
            return ui("error.required", locale);
        }
        return switch (question.type()) {
            case INTEGER -> messages.getMessage(UI + "error.integer", new Object[] {question.min(), question.max()},
                    locale);
            case MULTI_CHOICE -> ui("error.multiChoice", locale);
            case YES_NO, CHOICE -> ui("error.choice", locale);
        };
    }

    private String answer(Question question, Object value, boolean dontKnow, Locale locale) {
        String lang = locale.getLanguage();
        if (value == null) {
            return dontKnow ? questionnaire.answerLabel(Questionnaire.DONT_KNOW, lang) : ui("notAnswered", locale);
        }
        if (value instanceof Integer number) {
            return NumberFormat.getIntegerInstance(locale).format(number);
        }
        if (value instanceof Boolean yes) {
            return questionnaire.answerLabel(yes ? Questionnaire.YES : Questionnaire.NO, lang);
        }
        if (value instanceof Collection<?> options) {
            return options.stream().map(option -> questionnaire.optionLabel(question, (String) option, lang))
                    .collect(Collectors.joining(", "));
        }
        return questionnaire.optionLabel(question, value.toString(), lang);
    }

    private String ui(String key, Locale locale) {
        return messages.getMessage(UI + key, null, locale);
    }
}
