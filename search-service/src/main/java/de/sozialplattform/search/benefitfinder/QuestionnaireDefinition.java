package de.sozialplattform.search.benefitfinder;

import java.util.List;

/** The parsed {@code benefitFinder/questions.yaml}: the questions in the order they are asked. */
record QuestionnaireDefinition(List<Question> questions) {

    QuestionnaireDefinition {
        questions = List.copyOf(questions);
    }
}
