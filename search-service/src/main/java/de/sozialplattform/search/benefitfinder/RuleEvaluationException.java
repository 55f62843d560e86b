package de.sozialplattform.search.benefitfinder;

/**
 * An expression of a rule failed on some answers (e.g. arithmetic on an unknown answer). Carries the file and
 * line of the expression, never the answers: the message may be logged.
 */
class RuleEvaluationException extends RuntimeException {

    private final transient RuleExpression expression;

    RuleEvaluationException(RuleExpression expression, Throwable cause) {
        super(expression.owner() + ".yaml line " + expression.line() + ": '" + expression.text() + "' failed: "
                + cause.getMessage(), cause);
        this.expression = expression;
    }

    RuleExpression expression() {
        return expression;
    }
}
