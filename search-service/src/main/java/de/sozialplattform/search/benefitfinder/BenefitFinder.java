package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.LightModules;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the benefit rules ({@code benefitFinder/rules/*.yaml} in the light modules) to a person's answers.
 * The rules are compiled once per generation of the light modules, so a changed rule file applies without restart
 * and an evaluation only evaluates precompiled expressions. Stateless per call and thread-safe; answers are never
 * stored or logged.
 */
@Component
public class BenefitFinder {

    private static final Logger log = LoggerFactory.getLogger(BenefitFinder.class);

    private final LightModules lightModules;
    /** The compiled rules and the definitions they were compiled from (compared by identity). */
    private final AtomicReference<Compiled> compiled = new AtomicReference<>();

    private record Compiled(Map<String, RuleDefinition> source, RuleSet rules) {
    }

    public BenefitFinder(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    /**
     * Which benefits and counselling offers may fit, and why.
     *
     * @param answers validated answers; unknown ones absent
     * @param date the date whose rules and parameters apply (usually today); a date outside the years the rules
     *     know uses the nearest year, and a note in the result says so
     * @throws IllegalStateException when no usable rules were ever loaded
     */
    public Evaluation evaluate(Answers answers, LocalDate date) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(date, "date");
        return rules().evaluate(answers, date, false);
    }

    /**
     * As {@link #evaluate}, but every expression is also evaluated by SpEL and must agree with its compiled form,
     * and a failing rule is thrown rather than turned into a favourable result: for tests.
     */
    Evaluation evaluateChecked(Answers answers, LocalDate date) {
        return rules().evaluate(answers, date, true);
    }

    private RuleSet rules() {
        Map<String, RuleDefinition> definitions = lightModules.definitions(RuleDefinition.class);
        Compiled current = compiled.get();
        if (current != null && current.source() == definitions) {
            return current.rules();
        }
        RuleSetBuilder.Built built = RuleSetBuilder.build(definitions.values());
        if (built.rules() == null) {
            // every file was verified alone, but a mix of new files and last good versions may not fit together
            if (current != null) {
                log.error("Benefit-finder rules do not fit together, keeping the previous ones: {}", built.problems());
                compiled.compareAndSet(current, new Compiled(definitions, current.rules()));
                return current.rules();
            }
            throw new IllegalStateException("No usable benefit-finder rules: " + built.problems());
        }
        compiled.compareAndSet(current, new Compiled(definitions, built.rules()));
        return built.rules();
    }
}
