package de.sozialplattform.search.benefitfinder.web;

/**
 * One answer as the result page lists it, with a button to change it.
 *
 * @param step the question id, or {@code postalCode}
 * @param question the question as asked
 * @param answer the answer in words ("Ja", "1.200", "Weiß ich nicht", "Nicht beantwortet")
 */
public record AnswerLine(String step, String question, String answer) {
}
