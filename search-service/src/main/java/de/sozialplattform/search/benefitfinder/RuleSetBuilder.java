package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.benefitfinder.RuleDefinition.Assumption;
import de.sozialplattform.search.benefitfinder.RuleDefinition.Outcome;
import de.sozialplattform.search.benefitfinder.RuleSet.Kind;
import de.sozialplattform.search.benefitfinder.RuleSet.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles all rule files into a {@link RuleSet}, checking what no single file can check alone: that every name
 * is defined exactly once, that referenced benefits and assumptions exist, and that nothing depends on itself.
 * Problems are reported per file and line, so each file's verification can name its own.
 */
final class RuleSetBuilder {

    /**
     * How deeply derived facts may build on each other: evaluating one recurses into those it reads, and a chain
     * of thousands overflows the stack. The shipped rules need about five levels.
     */
    static final int MAX_CHAIN = 50;

    record Problem(String owner, int line, String reason) {
    }

    /** @param rules {@code null} when there are problems */
    record Built(RuleSet rules, List<Problem> problems) {
    }

    private final List<RuleDefinition> definitions;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Slot> slots = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final List<ParameterSeries> parameters = new ArrayList<>();
    private final List<RuleExpression> derived = new ArrayList<>();
    private final Map<String, Assumption> assumptions = new HashMap<>();
    /** Derived facts whose dependencies have been followed, with how many levels of derived facts they read. */
    private final Map<RuleExpression, Integer> levels = new HashMap<>();
    private boolean chainTooLong;

    private RuleSetBuilder(Collection<RuleDefinition> definitions) {
        this.definitions = definitions.stream().sorted(Comparator.comparing(RuleDefinition::id)).toList();
    }

    static Built build(Collection<RuleDefinition> definitions) {
        return new RuleSetBuilder(definitions).build();
    }

    private Built build() {
        Facts.QUESTIONS.forEach(question -> slots.put(question, new Slot(Kind.ANSWER, slots.size())));
        definitions.forEach(this::define);
        List<RuleDefinition> benefits = definitions.stream().filter(RuleDefinition::isBenefit)
                .sorted(Comparator.comparingInt(RuleDefinition::order).thenComparing(RuleDefinition::id)).toList();
        Set<String> benefitIds = new LinkedHashSet<>(benefits.stream().map(RuleDefinition::id).toList());
        definitions.forEach(definition -> checkReferences(definition, benefitIds));
        derived.forEach(expression -> checkDependencies(expression, new ArrayList<>()));
        List<RuleDefinition> order = evaluationOrder(benefits);
        if (!problems.isEmpty()) {
            return new Built(null, List.copyOf(problems));
        }
        Map<String, Integer> index = new HashMap<>();
        order.forEach(rule -> index.put(rule.id(), index.size()));
        int[] presentation = benefits.stream().mapToInt(rule -> index.get(rule.id())).toArray();
        LocalDate[] starts = parameters.stream().flatMap(series -> series.values().stream())
                .map(ParameterSeries.Dated::from).collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                .toArray(LocalDate[]::new);
        if (starts.length == 0) {
            starts = new LocalDate[] {LocalDate.of(2025, 1, 1)};
        }
        Object[][] values = new Object[starts.length][];
        for (int i = 0; i < starts.length; i++) {
            LocalDate start = starts[i];
            values[i] = parameters.stream().map(series -> (Object) series.valueAt(start)).toArray();
        }
        RuleSet rules = new RuleSet(slots, derived.toArray(RuleExpression[]::new), starts, values,
                order.toArray(RuleDefinition[]::new), index, presentation, assumptions);
        return new Built(rules, List.of());
    }

    private void define(RuleDefinition definition) {
        definition.parameters().values().stream().sorted(Comparator.comparing(ParameterSeries::name))
                .forEach(series -> {
                    if (claim(series.name(), definition.id(), series.line())) {
                        slots.put(series.name(), new Slot(Kind.PARAMETER, parameters.size()));
                        parameters.add(series);
                    }
                });
        definition.derived().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (claim(entry.getKey(), definition.id(), entry.getValue().line())) {
                slots.put(entry.getKey(), new Slot(Kind.DERIVED, derived.size()));
                derived.add(entry.getValue());
            }
        });
        definition.assumptions().values().forEach(assumption -> {
            if (claim("assumption " + assumption.name(), definition.id(), assumption.when().line())) {
                assumptions.put(assumption.name(), assumption);
            }
        });
    }

    /** Names are global across files; a second definition is a problem of both files. */
    private boolean claim(String name, String owner, int line) {
        if (Facts.QUESTIONS.contains(name) || FactsAccess.FUNCTIONS.containsKey(name)) {
            problems.add(new Problem(owner, line, "'" + name + "' is the name of a question or a function"));
            return false;
        }
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null) {
            String where = previous.equals(owner) ? "this file" : previous + ".yaml";
            problems.add(new Problem(owner, line, "'" + name + "' is already defined in " + where));
            return false;
        }
        return true;
    }

    private void checkReferences(RuleDefinition definition, Set<String> benefitIds) {
        List<RuleExpression> expressions = new ArrayList<>(definition.derived().values());
        definition.assumptions().values().forEach(assumption -> {
            expressions.add(assumption.when());
            expressions.addAll(assumption.args());
        });
        for (Outcome outcome : definition.outcomes()) {
            if (outcome.when() != null) {
                expressions.add(outcome.when());
            }
            expressions.addAll(outcome.args());
            outcome.assumed().forEach((name, line) -> {
                if (!assumptions.containsKey(name)) {
                    problems.add(new Problem(definition.id(), line, "unknown assumption '" + name + "'"));
                }
            });
        }
        for (RuleExpression expression : expressions) {
            expression.names().stream().filter(name -> !slots.containsKey(name)).forEach(name -> problems.add(
                    new Problem(definition.id(), expression.line(), "unknown name '" + name + "' in '"
                            + expression.text() + "'")));
            expression.benefits().forEach(benefit -> checkBenefit(definition, benefit, expression.line(),
                    benefitIds));
        }
        definition.excludedBy().forEach(exclusion -> checkBenefit(definition, exclusion.benefit(),
                exclusion.line(), benefitIds));
    }

    private void checkBenefit(RuleDefinition definition, String benefit, int line, Set<String> benefitIds) {
        if (benefit.equals(definition.id())) {
            problems.add(new Problem(definition.id(), line, "a benefit cannot depend on itself"));
        } else if (!benefitIds.contains(benefit)) {
            problems.add(new Problem(definition.id(), line, "unknown benefit '" + benefit + "'"));
        }
    }

    /**
     * Follows the derived facts {@code expression} reads, each fact once (facts shared by many others would
     * otherwise be followed once per path, exponentially often): reports a cycle at the fact where it closes, and
     * chains deeper than {@link #MAX_CHAIN}. Returns how many levels of derived facts the expression reads.
     */
    private int checkDependencies(RuleExpression expression, List<RuleExpression> path) {
        Integer known = levels.get(expression);
        if (known != null) {
            checkChain(expression, path.size() + known);
            return known;
        }
        int onPath = path.indexOf(expression);
        if (onPath >= 0) {
            problems.add(new Problem(expression.owner(), expression.line(), "derived facts refer to each other in a"
                    + " cycle: " + path.subList(onPath, path.size()).stream().map(RuleExpression::text).toList()));
            return 0;
        }
        if (path.size() > MAX_CHAIN) {
            checkChain(expression, path.size());
            return 0;
        }
        path.add(expression);
        int level = 0;
        for (String name : expression.names()) {
            Slot slot = slots.get(name);
            if (slot != null && slot.kind() == Kind.DERIVED) {
                level = Math.max(level, 1 + checkDependencies(derived.get(slot.index()), path));
            }
        }
        path.remove(path.size() - 1);
        levels.put(expression, level);
        return level;
    }

    /** Reports the first chain of derived facts longer than {@link #MAX_CHAIN}; one report is enough to fix it. */
    private void checkChain(RuleExpression expression, int length) {
        if (length > MAX_CHAIN && !chainTooLong) {
            chainTooLong = true;
            problems.add(new Problem(expression.owner(), expression.line(), "derived facts build on each other more"
                    + " than " + MAX_CHAIN + " deep, e.g. '" + expression.text() + "'"));
        }
    }

    /** Benefits after those they depend on ({@code excludedBy}, {@code possible()}); ties in result order. */
    private List<RuleDefinition> evaluationOrder(List<RuleDefinition> benefits) {
        Set<String> known = new LinkedHashSet<>(benefits.stream().map(RuleDefinition::id).toList());
        List<RuleDefinition> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        List<RuleDefinition> open = new ArrayList<>(benefits);
        while (!open.isEmpty()) {
            RuleDefinition next = open.stream().filter(rule -> dependencies(rule).keySet().stream()
                    .allMatch(benefit -> done.contains(benefit) || !known.contains(benefit)))
                    .findFirst().orElse(null);
            if (next == null) {
                List<String> ids = open.stream().map(RuleDefinition::id).toList();
                open.forEach(rule -> problems.add(new Problem(rule.id(), dependencies(rule).entrySet().stream()
                        .filter(dependency -> ids.contains(dependency.getKey())).mapToInt(Map.Entry::getValue)
                        .findFirst().orElse(0), "benefits depend on each other in a cycle (excludedBy or"
                        + " possible()): " + ids)));
                return order;
            }
            open.remove(next);
            order.add(next);
            done.add(next.id());
        }
        return order;
    }

    /** The benefits a rule reads, with the line where it names each first. */
    private static Map<String, Integer> dependencies(RuleDefinition rule) {
        Map<String, Integer> dependencies = new java.util.LinkedHashMap<>();
        rule.excludedBy().forEach(exclusion -> dependencies.putIfAbsent(exclusion.benefit(), exclusion.line()));
        rule.outcomes().forEach(outcome -> {
            List<RuleExpression> expressions = new ArrayList<>(outcome.args());
            if (outcome.when() != null) {
                expressions.add(0, outcome.when());
            }
            expressions.forEach(expression -> expression.benefits()
                    .forEach(benefit -> dependencies.putIfAbsent(benefit, expression.line())));
        });
        return dependencies;
    }
}
