package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.DefinitionException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BooleanLiteral;
import org.springframework.expression.spel.ast.Elvis;
import org.springframework.expression.spel.ast.IntLiteral;
import org.springframework.expression.spel.ast.Literal;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.NullLiteral;
import org.springframework.expression.spel.ast.OpAnd;
import org.springframework.expression.spel.ast.OpDivide;
import org.springframework.expression.spel.ast.OpEQ;
import org.springframework.expression.spel.ast.OpGE;
import org.springframework.expression.spel.ast.OpGT;
import org.springframework.expression.spel.ast.OpLE;
import org.springframework.expression.spel.ast.OpLT;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpModulus;
import org.springframework.expression.spel.ast.OpMultiply;
import org.springframework.expression.spel.ast.OpNE;
import org.springframework.expression.spel.ast.OpOr;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.OperatorNot;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.RealLiteral;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.Ternary;

/**
 * Checks and compiles a parsed SpEL expression once, when its file is loaded. Every node must be one of the few
 * kinds a rule may use (anything else rejects the file) and becomes a plain Java closure that evaluates it as
 * SpEL's interpreter does: Integer, Long and Double arithmetic promoted like SpEL, {@code null} ordered before
 * everything, numbers equal by value, {@code and}/{@code or} short-circuiting and failing on an unknown (null)
 * operand. Interpreting SpEL costs about half a microsecond per expression, a closure a few nanoseconds; SpEL with
 * its read-only {@code SimpleEvaluationContext} stays the reference: loading checks that both agree on every
 * sample ({@link RuleParser#verify}).
 */
final class RuleCompiler {

    /** A compiled expression. */
    @FunctionalInterface
    interface Code {
        Object eval(Facts facts);
    }

    /** @param names answers, parameters and derived facts read; @param benefits benefits read via possible() */
    record Compiled(Code code, Set<String> names, Set<String> benefits) {
    }

    /** The node kinds a rule may use; property paths, types, beans, variables, indexing, regexes are not. */
    private static final Set<Class<?>> ALLOWED = Set.of(StringLiteral.class, IntLiteral.class, RealLiteral.class,
            BooleanLiteral.class, NullLiteral.class, PropertyOrFieldReference.class, MethodReference.class,
            OpAnd.class, OpOr.class, OperatorNot.class, Ternary.class, Elvis.class, OpEQ.class, OpNE.class,
            OpLT.class, OpLE.class, OpGT.class, OpGE.class, OpPlus.class, OpMinus.class, OpMultiply.class,
            OpDivide.class, OpModulus.class);

    private final int line;
    private final boolean allowPossible;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> benefits = new LinkedHashSet<>();

    private RuleCompiler(int line, boolean allowPossible) {
        this.line = line;
        this.allowPossible = allowPossible;
    }

    static Compiled compile(SpelNode ast, int line, boolean allowPossible) {
        RuleCompiler compiler = new RuleCompiler(line, allowPossible);
        Code code = compiler.node(ast);
        return new Compiled(code, Set.copyOf(compiler.names), Set.copyOf(compiler.benefits));
    }

    private Code node(SpelNode node) {
        if (!ALLOWED.contains(node.getClass())) {
            throw notAllowed(node);
        }
        if (node instanceof StringLiteral || node instanceof IntLiteral || node instanceof RealLiteral
                || node instanceof BooleanLiteral || node instanceof NullLiteral) {
            Object value = ((Literal) node).getLiteralValue().getValue();
            return facts -> value;
        }
        if (node instanceof PropertyOrFieldReference reference) {
            names.add(reference.getName());
            return new NameCode(reference.getName());
        }
        if (node instanceof MethodReference method) {
            return function(method);
        }
        Code[] operands = new Code[node.getChildCount()];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = node(node.getChild(i));
        }
        Code a = operands.length > 0 ? operands[0] : null;
        Code b = operands.length > 1 ? operands[1] : null;
        if (node instanceof OpAnd) {
            return facts -> RuleValues.truth(a.eval(facts)) && RuleValues.truth(b.eval(facts));
        } else if (node instanceof OpOr) {
            return facts -> RuleValues.truth(a.eval(facts)) || RuleValues.truth(b.eval(facts));
        } else if (node instanceof OperatorNot) {
            return facts -> !RuleValues.truth(a.eval(facts));
        } else if (node instanceof Ternary) {
            Code c = operands[2];
            return facts -> RuleValues.truth(a.eval(facts)) ? b.eval(facts) : c.eval(facts);
        } else if (node instanceof Elvis) {
            return facts -> {
                Object value = a.eval(facts);
                return value == null || "".equals(value) ? b.eval(facts) : value;
            };
        } else if (node instanceof OpEQ) {
            return facts -> RuleValues.equal(a.eval(facts), b.eval(facts));
        } else if (node instanceof OpNE) {
            return facts -> !RuleValues.equal(a.eval(facts), b.eval(facts));
        } else if (node instanceof OpLT) {
            return facts -> RuleValues.compare(a.eval(facts), b.eval(facts)) < 0;
        } else if (node instanceof OpLE) {
            return facts -> RuleValues.compare(a.eval(facts), b.eval(facts)) <= 0;
        } else if (node instanceof OpGT) {
            return facts -> RuleValues.compare(a.eval(facts), b.eval(facts)) > 0;
        } else if (node instanceof OpGE) {
            return facts -> RuleValues.compare(a.eval(facts), b.eval(facts)) >= 0;
        } else if (node instanceof OpMinus && operands.length == 1) {
            return facts -> RuleValues.arithmetic('-', 0, a.eval(facts));
        } else if (node instanceof OpPlus && operands.length == 2) {
            return facts -> RuleValues.plus(a.eval(facts), b.eval(facts));
        } else if (operands.length == 2 && operator(node) != 0) {
            char operator = operator(node);
            return facts -> RuleValues.arithmetic(operator, a.eval(facts), b.eval(facts));
        }
        throw notAllowed(node);
    }

    private DefinitionException notAllowed(SpelNode node) {
        return new DefinitionException(line, "'" + node.toStringAST() + "' is not allowed here: only names,"
                + " literals, arithmetic, comparisons, and/or/!, ?: and the functions "
                + FactsAccess.FUNCTIONS.keySet() + " may be used");
    }

    /**
     * Reads a name through its slot, looked up once per rule set rather than on every evaluation (the same file
     * can be part of several generations of rules, so the binding remembers which one it belongs to).
     */
    private static final class NameCode implements Code {

        private record Binding(RuleSet rules, RuleSet.Slot slot) {
        }

        private final String name;
        private volatile Binding binding;

        NameCode(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Facts facts) {
            Binding current = binding;
            if (current == null || current.rules() != facts.rules()) {
                current = new Binding(facts.rules(), facts.rules().slot(name));
                binding = current;
            }
            return facts.value(current.slot(), name);
        }
    }

    private static char operator(SpelNode node) {
        return node instanceof OpMinus ? '-' : node instanceof OpMultiply ? '*' : node instanceof OpDivide ? '/'
                : node instanceof OpModulus ? '%' : 0;
    }

    private Code function(MethodReference method) {
        String name = method.getName();
        Integer arity = FactsAccess.FUNCTIONS.get(name);
        if (arity == null) {
            throw new DefinitionException(line, "unknown function '" + name + "' (known: "
                    + FactsAccess.FUNCTIONS.keySet() + ")");
        }
        if (method.getChildCount() != arity) {
            throw new DefinitionException(line, name + "() takes " + arity + " argument" + (arity == 1 ? "" : "s"));
        }
        if (name.equals(FactsAccess.RECEIVES) || name.equals(FactsAccess.POSSIBLE)) {
            if (!(method.getChild(0) instanceof StringLiteral literal)) {
                throw new DefinitionException(line, name + "() takes a quoted id, e.g. " + name + "('wohngeld')");
            }
            String id = (String) literal.getLiteralValue().getValue();
            if (name.equals(FactsAccess.RECEIVES) && !Facts.CURRENT_BENEFITS.contains(id)) {
                throw new DefinitionException(line, "receives('" + id + "'): '" + id
                        + "' is not an option of currentBenefits " + Facts.CURRENT_BENEFITS);
            }
            if (name.equals(FactsAccess.POSSIBLE)) {
                if (!allowPossible) {
                    throw new DefinitionException(line, "possible() may only be used in the outcomes of a benefit's"
                            + " rule");
                }
                benefits.add(id);
            }
        }
        List<Code> args = new ArrayList<>();
        for (int i = 0; i < method.getChildCount(); i++) {
            args.add(node(method.getChild(i)));
        }
        Code[] argCodes = args.toArray(Code[]::new);
        return facts -> {
            Object[] values = new Object[argCodes.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = argCodes[i].eval(facts);
            }
            return facts.call(name, values);
        };
    }
}
