package de.sozialplattform.search.benefitfinder;

import java.util.List;
import java.util.Map;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * The only way an expression reaches anything: names resolve to {@link Facts#value(String)}, and the few
 * functions below are resolved on the facts alone. Any other property or method (on a string, a number, a class)
 * finds no accessor and fails, so the read-only {@link SimpleEvaluationContext} built here exposes nothing else.
 */
final class FactsAccess implements PropertyAccessor, MethodResolver {

    static final String RECEIVES = "receives";
    static final String POSSIBLE = "possible";

    /**
     * Function name to number of arguments: {@code receives('wohngeld')} (an option of {@code currentBenefits};
     * null when that question was not answered), {@code possible('buergergeld')} (the outcome of a benefit
     * evaluated earlier), {@code min(a, b)}, {@code max(a, b)} (null if either is null), {@code round(a)}.
     */
    static final Map<String, Integer> FUNCTIONS = Map.of(RECEIVES, 1, POSSIBLE, 1, "min", 2, "max", 2, "round", 1);

    private static final Class<?>[] TARGETS = {Facts.class};

    /** A context for all evaluations: it holds no per-evaluation state, the facts are the root object. */
    static SimpleEvaluationContext context() {
        FactsAccess access = new FactsAccess();
        return SimpleEvaluationContext.forPropertyAccessors(access).withMethodResolvers(access)
                .withAssignmentDisabled().build();
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return TARGETS;
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) {
        return target instanceof Facts facts && facts.knows(name);
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) {
        Object value = ((Facts) target).value(name);
        return value == null ? TypedValue.NULL : new TypedValue(value);
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue) {
        throw new UnsupportedOperationException("rule expressions are read-only");
    }

    @Override
    public MethodExecutor resolve(EvaluationContext context, Object target, String name,
            List<TypeDescriptor> argumentTypes) {
        Integer arity = FUNCTIONS.get(name);
        if (!(target instanceof Facts) || arity == null || arity != argumentTypes.size()) {
            return null;
        }
        return (ctx, facts, args) -> {
            Object value = ((Facts) facts).call(name, args);
            return value == null ? TypedValue.NULL : new TypedValue(value);
        };
    }

    /** {@code min}, {@code max} and {@code round} on the numbers of answers and parameters. */
    static Object arithmetic(String name, Object[] args) {
        for (Object arg : args) {
            if (arg == null) {
                return null;
            }
            if (!(arg instanceof Number)) {
                throw new IllegalArgumentException(name + "() takes numbers");
            }
        }
        return switch (name) {
            case "min" -> ((Number) args[0]).doubleValue() <= ((Number) args[1]).doubleValue() ? args[0] : args[1];
            case "max" -> ((Number) args[0]).doubleValue() >= ((Number) args[1]).doubleValue() ? args[0] : args[1];
            case "round" -> Math.round(((Number) args[0]).doubleValue());
            default -> throw new IllegalArgumentException("unknown function " + name);
        };
    }
}
