package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.DefinitionException;
import de.sozialplattform.lightmodules.DefinitionParser;
import de.sozialplattform.lightmodules.YamlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads {@code benefitFinder/rules/*.yaml}: one file per benefit, named by its id, plus {@code common.yaml} with
 * what several rules share. The format is described in {@code common.yaml}; every expression is parsed and checked
 * here, and {@link #verify} checks the files against each other and tries every rule on sample answers, so a
 * broken rule is reported with its line and never reaches a person.
 */
@Component
class RuleParser implements DefinitionParser<RuleDefinition> {

    static final String FOLDER = "benefitFinder/rules";
    static final String COMMON = "common";

    /** Benefit ids are a public contract and end up in message keys: plain camelCase. */
    static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*");

    /** Only ever read and replaced as a whole; see {@link #verify}. */
    private final AtomicReference<Trial> lastTrial = new AtomicReference<>();

    private static final List<String> COMMON_KEYS = List.of("parameters", "derived", "assumptions");
    private static final List<String> RULE_KEYS = List.of("order", "legalBasis", "counselling", "excludedBy",
            "parameters", "derived", "assumptions", "outcomes");

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public Class<RuleDefinition> type() {
        return RuleDefinition.class;
    }

    @Override
    public RuleDefinition parse(String id, YamlNode root) {
        if (!ID.matcher(id).matches()) {
            throw new DefinitionException(0, "the file name '" + id + "' is not a valid benefit id"
                    + " (camelCase letters and digits)");
        }
        boolean common = id.equals(COMMON);
        String what = common ? "the shared rule definitions" : "a benefit rule";
        Map<String, YamlNode> entries = root.entries(what);
        YamlNode.onlyKeys(entries, common ? COMMON_KEYS : RULE_KEYS, what);
        RuleYaml yaml = new RuleYaml(id);
        Map<String, ParameterSeries> parameters = entries.containsKey("parameters")
                ? yaml.parameters(entries.get("parameters")) : Map.of();
        Map<String, RuleExpression> derived = entries.containsKey("derived")
                ? yaml.derived(entries.get("derived")) : Map.of();
        Map<String, RuleDefinition.Assumption> assumptions = entries.containsKey("assumptions")
                ? yaml.assumptions(entries.get("assumptions")) : Map.of();
        if (common) {
            return new RuleDefinition(id, 0, null, false, List.of(), parameters, derived, assumptions, List.of());
        }
        int order = yaml.order(YamlNode.required(entries, "order", root.line(), what));
        String legalBasis = legalBasis(YamlNode.required(entries, "legalBasis", root.line(), what));
        boolean counselling = entries.containsKey("counselling") && entries.get("counselling").bool("counselling");
        List<RuleDefinition.Exclusion> excludedBy = entries.containsKey("excludedBy")
                ? excludedBy(id, entries.get("excludedBy")) : List.of();
        List<RuleDefinition.Outcome> outcomes = yaml.outcomes(
                YamlNode.required(entries, "outcomes", root.line(), what));
        return new RuleDefinition(id, order, legalBasis, counselling, excludedBy, parameters, derived, assumptions,
                outcomes);
    }

    private static String legalBasis(YamlNode node) {
        String text = node.text("legalBasis").trim();
        if (!text.contains("§")) {
            throw new DefinitionException(node.line(), "legalBasis must cite the paragraphs (§) the rule follows");
        }
        return text;
    }

    private static List<RuleDefinition.Exclusion> excludedBy(String id, YamlNode node) {
        Map<String, RuleDefinition.Exclusion> exclusions = new LinkedHashMap<>();
        for (YamlNode item : node.items("excludedBy")) {
            String benefit = item.text("a benefit in excludedBy");
            if (!ID.matcher(benefit).matches() || benefit.equals(COMMON)) {
                throw new DefinitionException(item.line(), "'" + benefit + "' is not a benefit id");
            }
            if (benefit.equals(id)) {
                throw new DefinitionException(item.line(), "a benefit cannot exclude itself");
            }
            if (exclusions.put(benefit, new RuleDefinition.Exclusion(benefit, item.line())) != null) {
                throw new DefinitionException(item.line(), "'" + benefit + "' is listed twice");
            }
        }
        return new ArrayList<>(exclusions.values());
    }

    /**
     * Checks the file against all others (names, references, cycles) and then applies every rule to sample
     * answers on every date where a parameter or outcome changes, with SpEL evaluating every expression too, so
     * that an expression that fails on some combination of unknown answers is reported here, with its line.
     */
    @Override
    public void verify(RuleDefinition definition, YamlNode source, Map<String, RuleDefinition> all) {
        Trial trial = lastTrial.get();
        if (trial == null || trial.all() != all) {
            trial = trial(all);
            lastTrial.set(trial);
        }
        DefinitionException problem = trial.problems().get(definition.id());
        if (problem != null) {
            throw problem;
        }
    }

    /**
     * The problems of all files of one generation, worked out once: every file of a generation is verified
     * against the same map of all definitions, and trying all samples takes a moment.
     */
    private record Trial(Map<String, RuleDefinition> all, Map<String, DefinitionException> problems) {
    }

    private static Trial trial(Map<String, RuleDefinition> all) {
        RuleSetBuilder.Built built = RuleSetBuilder.build(all.values());
        Map<String, DefinitionException> problems = new HashMap<>();
        built.problems().forEach(problem -> problems.putIfAbsent(problem.owner(),
                new DefinitionException(problem.line(), problem.reason())));
        if (built.rules() == null) {
            return new Trial(all, problems); // only files with problems of their own are named
        }
        for (LocalDate date : RuleSamples.dates(all.values())) {
            for (Answers answers : RuleSamples.answers()) {
                try {
                    built.rules().evaluate(answers, date, true);
                } catch (RuleEvaluationException e) {
                    problems.putIfAbsent(e.expression().owner(), new DefinitionException(e.expression().line(),
                            "'" + e.expression().text() + "' fails on sample answers (" + RuleSamples.describe(answers)
                                    + ", " + date + "): " + e.getCause().getMessage()));
                }
            }
        }
        return new Trial(all, problems);
    }
}
