package de.sozialplattform.search.benefitfinder.web;

import java.util.List;

/**
 * What the page of one step shows.
 *
 * @param step the question id, or {@code postalCode}
 * @param type {@code integer}, {@code yesNo}, {@code choice}, {@code multiChoice} or {@code postalCode}
 * @param help the help text, or {@code null}
 * @param choices the options of a (multiple) choice or yes/no question, with what was chosen
 * @param value what was typed into a text field
 * @param dontKnowOffered a "don't know" button is offered
 * @param answeredDontKnow the person answered "don't know" before
 * @param error what is wrong with the answer, or {@code null}
 * @param hasPrevious a "back" button leads to an earlier step
 * @param seenResult the person saw the result before and may go straight back to it
 * @param hidden the other answers, carried along
 */
public record QuestionPage(String step, String type, String text, String help, int position, int total,
        List<Choice> choices, String value, boolean dontKnowOffered, boolean answeredDontKnow, String error,
        boolean hasPrevious, boolean seenResult, List<HiddenField> hidden) {

    /** For the {@code id} of the answer field and the anchors of the error summary. */
    public String fieldId() {
        return "answer-" + step;
    }

    /** The ids of the hint and the error message that describe the field, for {@code aria-describedby}. */
    public String describedBy() {
        String ids = (help != null ? fieldId() + "-hint " : "") + (error != null ? fieldId() + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** A question answered by typing (a number or the postal code) rather than by choosing. */
    public boolean typed() {
        return type.equals("integer") || type.equals("postalCode");
    }

    /** One option; its element id is unique on the page. */
    public record Choice(String value, String label, boolean checked, String id) {
    }
}
