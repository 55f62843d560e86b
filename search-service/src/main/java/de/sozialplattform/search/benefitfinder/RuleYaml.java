package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.DefinitionException;
import de.sozialplattform.lightmodules.YamlNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The parts of a rule file ({@link RuleParser}): parameters, derived facts, assumptions and outcomes. */
final class RuleYaml {

    static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    static final Pattern REASON = Pattern.compile("benefitFinder\\.reason\\.[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}\\.\\d{1,6}");
    private static final List<String> OUTCOME_KEYS = List.of("when", "outcome", "reason", "args", "assumed",
            "from", "until");

    private final String owner;

    RuleYaml(String owner) {
        this.owner = owner;
    }

    int order(YamlNode node) {
        String text = node.text("order").trim();
        if (!INTEGER.matcher(text).matches() || Integer.parseInt(text) < 1) {
            throw new DefinitionException(node.line(), "order must be a whole number of at least 1, not '" + text
                    + "'");
        }
        return Integer.parseInt(text);
    }

    /** {@code name: [{from: 2025-01-01, value: 563}, {from: 2026-01-01, value: 563}]}, dates ascending. */
    Map<String, ParameterSeries> parameters(YamlNode node) {
        Map<String, ParameterSeries> parameters = new LinkedHashMap<>();
        node.entries("parameters").forEach((name, values) -> {
            checkName(name, values.keyLine(), "parameter");
            List<ParameterSeries.Dated> dated = new ArrayList<>();
            for (YamlNode item : values.items("parameter '" + name + "'")) {
                String where = "a value of parameter '" + name + "'";
                Map<String, YamlNode> entries = item.entries(where);
                YamlNode.onlyKeys(entries, List.of("from", "value"), where);
                LocalDate from = date(YamlNode.required(entries, "from", item.line(), where));
                if (!dated.isEmpty() && !from.isAfter(dated.get(dated.size() - 1).from())) {
                    throw new DefinitionException(item.line(), "the dates of parameter '" + name
                            + "' must be ascending");
                }
                dated.add(new ParameterSeries.Dated(from, number(YamlNode.required(entries, "value", item.line(),
                        where))));
            }
            if (dated.isEmpty()) {
                throw new DefinitionException(values.keyLine(), "parameter '" + name + "' needs at least one value");
            }
            parameters.put(name, new ParameterSeries(name, dated, values.keyLine()));
        });
        return parameters;
    }

    /** {@code name: "expression"}; derived facts cannot use {@code possible()}, they are shared by all rules. */
    Map<String, RuleExpression> derived(YamlNode node) {
        Map<String, RuleExpression> derived = new LinkedHashMap<>();
        node.entries("derived").forEach((name, value) -> {
            checkName(name, value.keyLine(), "derived fact");
            derived.put(name, RuleExpression.parse(owner, value.text("derived fact '" + name + "'"), value.line(),
                    false));
        });
        return derived;
    }

    /** {@code name: {when: "partner == null", reason: benefitFinder.reason.assumed.partner, args: [...]}}. */
    Map<String, RuleDefinition.Assumption> assumptions(YamlNode node) {
        Map<String, RuleDefinition.Assumption> assumptions = new LinkedHashMap<>();
        node.entries("assumptions").forEach((name, value) -> {
            checkName(name, value.keyLine(), "assumption");
            String where = "assumption '" + name + "'";
            Map<String, YamlNode> entries = value.entries(where);
            YamlNode.onlyKeys(entries, List.of("when", "reason", "args"), where);
            YamlNode when = YamlNode.required(entries, "when", value.keyLine(), where);
            assumptions.put(name, new RuleDefinition.Assumption(name, expression(when, "when", false),
                    reason(YamlNode.required(entries, "reason", value.keyLine(), where)),
                    args(entries.get("args"), false)));
        });
        return assumptions;
    }

    /** Ordered, first match wins; exactly the last one has no {@code when}, {@code from} or {@code until}. */
    List<RuleDefinition.Outcome> outcomes(YamlNode node) {
        List<YamlNode> items = node.items("outcomes");
        if (items.isEmpty()) {
            throw new DefinitionException(node.keyLine(), "outcomes must list at least one outcome");
        }
        List<RuleDefinition.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            Map<String, YamlNode> entries = item.entries("an outcome");
            YamlNode.onlyKeys(entries, OUTCOME_KEYS, "an outcome");
            boolean last = i == items.size() - 1;
            boolean conditional = entries.containsKey("when") || entries.containsKey("from")
                    || entries.containsKey("until");
            if (last && conditional) {
                throw new DefinitionException(item.line(), "the last outcome must apply always (no when, from or"
                        + " until), so every person gets a result");
            }
            if (!last && !conditional) {
                throw new DefinitionException(item.line(), "only the last outcome may be without 'when'");
            }
            outcomes.add(outcome(item, entries));
        }
        return outcomes;
    }

    private RuleDefinition.Outcome outcome(YamlNode item, Map<String, YamlNode> entries) {
        YamlNode kind = YamlNode.required(entries, "outcome", item.line(), "an outcome");
        Evaluation.Outcome outcome = switch (kind.text("outcome")) {
            case "possible" -> Evaluation.Outcome.POSSIBLE;
            case "unlikely" -> Evaluation.Outcome.UNLIKELY;
            default -> throw new DefinitionException(kind.line(), "outcome must be possible or unlikely, not '"
                    + kind.text("outcome") + "'");
        };
        Map<String, Integer> assumed = new LinkedHashMap<>();
        if (entries.containsKey("assumed")) {
            for (YamlNode name : entries.get("assumed").items("assumed")) {
                if (assumed.put(name.text("an assumption"), name.line()) != null) {
                    throw new DefinitionException(name.line(), "assumption '" + name.text("") + "' is listed twice");
                }
            }
        }
        LocalDate from = entries.containsKey("from") ? date(entries.get("from")) : null;
        LocalDate until = entries.containsKey("until") ? date(entries.get("until")) : null;
        if (from != null && until != null && until.isBefore(from)) {
            throw new DefinitionException(entries.get("until").line(), "until must not be before from");
        }
        RuleExpression when = entries.containsKey("when") ? expression(entries.get("when"), "when", true) : null;
        return new RuleDefinition.Outcome(when, outcome,
                reason(YamlNode.required(entries, "reason", item.line(), "an outcome")),
                args(entries.get("args"), true), assumed, from, until, item.line());
    }

    private RuleExpression expression(YamlNode node, String what, boolean allowPossible) {
        return RuleExpression.parse(owner, node.text(what), node.line(), allowPossible);
    }

    private List<RuleExpression> args(YamlNode node, boolean allowPossible) {
        if (node == null) {
            return List.of();
        }
        return node.items("args").stream().map(item -> expression(item, "an argument", allowPossible)).toList();
    }

    private static String reason(YamlNode node) {
        String key = node.text("reason");
        if (!REASON.matcher(key).matches()) {
            throw new DefinitionException(node.line(), "reason must be a message key benefitFinder.reason.…, not '"
                    + key + "'");
        }
        return key;
    }

    private static void checkName(String name, int line, String what) {
        if (!NAME.matcher(name).matches()) {
            throw new DefinitionException(line, "'" + name + "' is not a valid " + what + " name (camelCase)");
        }
    }

    private static LocalDate date(YamlNode node) {
        String text = node.text("a date");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DefinitionException(node.line(), "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Number number(YamlNode node) {
        String text = node.text("value").trim();
        if (INTEGER.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        if (DECIMAL.matcher(text).matches()) {
            return Double.valueOf(text);
        }
        throw new DefinitionException(node.line(), "value must be a number such as 563 or 0.36, not '" + text + "'");
    }
}
