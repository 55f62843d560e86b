package de.sozialplattform.search.benefitfinder;

import java.util.Arrays;
import java.util.Optional;

/** How a question is answered; {@link #id()} is the name used in {@code questions.yaml} and the API. */
public enum QuestionType {

    /** A whole number between the question's {@code min} and {@code max}; an {@link Integer} in {@link Answers}. */
    INTEGER("integer"),
    /** {@code true} or {@code false}; a {@link Boolean} in {@link Answers}. */
    YES_NO("yesNo"),
    /** One of the question's options; a {@link String} in {@link Answers}. */
    CHOICE("choice"),
    /** One or more of the options, {@code none} alone; a {@link java.util.Set} of {@link String} in {@link Answers}. */
    MULTI_CHOICE("multiChoice");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static Optional<QuestionType> of(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }

    boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
