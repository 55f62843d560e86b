package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.DefinitionException;
import java.util.Objects;
import java.util.Set;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * A condition or value of a rule in Spring Expression Language: parsed by SpEL, checked and compiled by
 * {@link RuleCompiler} when its file is loaded, evaluated against {@link Facts}. Only a small, side-effect-free
 * subset is accepted: literals, arithmetic, comparisons, {@code and}/{@code or}/{@code !}, {@code ?:} and
 * {@code a ? b : c}, plain names (answers, parameters, derived facts) and the functions of {@link FactsAccess}; no
 * types, constructors, beans, variables, indexing, regular expressions or property paths.
 */
final class RuleExpression {

    /** The parser holds no state between calls; one instance serves every file. */
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    /**
     * Longer or more deeply nested expressions are refused: SpEL's parser, the compiler and the compiled code all
     * recurse once per level, and a few thousand levels overflow the stack. The shipped rules need a few hundred
     * characters and about ten levels; more is better split into derived facts.
     */
    static final int MAX_LENGTH = 1_000;
    static final int MAX_DEPTH = 40;

    private final String owner;
    private final String text;
    private final int line;
    /** The reference semantics, evaluated in a read-only SimpleEvaluationContext when checking. */
    private final SpelExpression expression;
    private final RuleCompiler.Compiled compiled;

    private RuleExpression(String owner, String text, int line, SpelExpression expression,
            RuleCompiler.Compiled compiled) {
        this.owner = owner;
        this.text = text;
        this.line = line;
        this.expression = expression;
        this.compiled = compiled;
    }

    /**
     * Parses, checks and compiles {@code text}; fails naming {@code line}.
     *
     * @param owner the id of the file the expression is in
     * @param allowPossible whether {@code possible('benefit')} may be used (only in a benefit's outcomes, so the
     *     order of evaluation can follow it)
     */
    static RuleExpression parse(String owner, String text, int line, boolean allowPossible) {
        if (text == null || text.isBlank()) {
            throw new DefinitionException(line, "an expression must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new DefinitionException(line, "the expression is longer than " + MAX_LENGTH
                    + " characters; split it into derived facts");
        }
        if (parenthesesDepth(text) > MAX_DEPTH) {
            throw tooDeep(line);
        }
        SpelExpression parsed;
        try {
            parsed = PARSER.parseRaw(text);
        } catch (ParseException | IllegalStateException e) {
            throw new DefinitionException(line, "'" + text + "' is not a valid expression: " + e.getMessage());
        }
        if (depth(parsed.getAST(), 1) > MAX_DEPTH) {
            throw tooDeep(line);
        }
        return new RuleExpression(owner, text, line, parsed, RuleCompiler.compile(parsed.getAST(), line,
                allowPossible));
    }

    private static DefinitionException tooDeep(int line) {
        return new DefinitionException(line, "the expression is nested too deeply (more than " + MAX_DEPTH
                + " levels); split it into derived facts");
    }

    /** How deeply parentheses nest outside 'string literals' (SpEL's parser recurses on each before any check). */
    static int parenthesesDepth(String text) {
        int depth = 0;
        int deepest = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote; // a doubled quote inside a literal closes and reopens it
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return deepest;
    }

    /** Levels of the syntax tree below and including {@code node}; stops counting past the limit. */
    private static int depth(SpelNode node, int level) {
        int deepest = level;
        for (int i = 0; i < node.getChildCount() && deepest <= MAX_DEPTH; i++) {
            deepest = Math.max(deepest, depth(node.getChild(i), level + 1));
        }
        return deepest;
    }

    /**
     * Evaluates against {@code facts}; a failure names this expression (or the derived fact that failed). When
     * the facts are {@linkplain Facts#checking() checking}, SpEL evaluates the expression too and both must agree.
     */
    Object value(Facts facts) {
        if (facts.checking()) {
            return checked(facts);
        }
        try {
            return compiled.code().eval(facts);
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(this, e);
        }
    }

    private Object checked(Facts facts) {
        Object result = null;
        Object reference = null;
        RuntimeException failure = null;
        RuntimeException referenceFailure = null;
        try {
            result = compiled.code().eval(facts);
        } catch (RuleEvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure instanceof RuleValues.LimitExceeded) {
            throw new RuleEvaluationException(this, failure); // SpEL has no such limit and must not run past it
        }
        try {
            reference = expression.getValue(facts.context(), facts);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleEvaluationException inner) {
                    throw inner; // a derived fact failed: its own expression is at fault
                }
            }
            referenceFailure = e;
        }
        if (failure != null && referenceFailure != null) {
            throw new RuleEvaluationException(this, referenceFailure);
        }
        if (failure != null || referenceFailure != null || !Objects.equals(result, reference)) {
            throw new RuleEvaluationException(this, new IllegalStateException("the compiled expression gives "
                    + describe(result, failure) + " but SpEL gives " + describe(reference, referenceFailure)));
        }
        return result;
    }

    private static String describe(Object value, RuntimeException failure) {
        return failure != null ? "an error (" + failure.getMessage() + ")"
                : value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    /** A condition: must give true or false. */
    boolean test(Facts facts) {
        Object value = value(facts);
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new RuleEvaluationException(this, new IllegalStateException("the condition gave "
                + (value == null ? "no answer (null): compare unknown answers with '== null' first"
                        : "'" + value + "' instead of true or false")));
    }

    String owner() {
        return owner;
    }

    String text() {
        return text;
    }

    int line() {
        return line;
    }

    /** Names of answers, parameters and derived facts the expression reads. */
    Set<String> names() {
        return compiled.names();
    }

    /** Benefits whose outcome the expression reads through {@code possible()}. */
    Set<String> benefits() {
        return compiled.benefits();
    }

    @Override
    public String toString() {
        return owner + ":" + line + " " + text;
    }
}
