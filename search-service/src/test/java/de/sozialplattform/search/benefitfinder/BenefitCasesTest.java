package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.search.benefitfinder.Evaluation.Outcome;
import de.sozialplattform.search.benefitfinder.Evaluation.Result;
import de.sozialplattform.search.benefitfinder.Evaluation.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The household cases of {@code benefitfinder/cases.yaml} against the shipped rules: each case names the law it
 * follows, and every benefit has cases on both sides of its main thresholds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenefitCasesTest {

    private static final String REASON = "benefitFinder.reason.";

    private final BenefitFinder finder = new BenefitFinder(RuleFixtures.load(RuleFixtures.SHIPPED));
    private final List<BenefitCase> cases = BenefitCase.load("/benefitfinder/cases.yaml");

    Stream<BenefitCase> cases() {
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void household(BenefitCase household) {
        Evaluation evaluation = finder.evaluate(household.answers(), household.date());
        Map<String, Result> results = evaluation.results().stream()
                .collect(Collectors.toMap(Result::benefit, result -> result));
        household.expect().forEach((benefit, outcome) -> assertThat(results.get(benefit).outcome())
                .as("%s: %s", benefit, results.get(benefit).reasons())
                .isEqualTo(Outcome.valueOf(outcome.toUpperCase(Locale.ROOT))));
        household.reasons().forEach((benefit, reason) -> assertThat(results.get(benefit).reasons().get(0).key())
                .as("%s: %s", benefit, results.get(benefit).reasons()).isEqualTo(REASON + reason));
        household.args().forEach((benefit, args) -> assertThat(numbers(results.get(benefit).reasons().get(0).args()))
                .as("%s: %s", benefit, results.get(benefit).reasons()).isEqualTo(numbers(args)));
        household.assumed().forEach((benefit, assumptions) -> assertThat(keys(results.get(benefit)))
                .as("%s", benefit).containsAll(assumptions.stream().map(a -> REASON + "assumed." + a).toList()));
        household.notAssumed().forEach((benefit, assumptions) -> assertThat(keys(results.get(benefit)))
                .as("%s", benefit).doesNotContainAnyElementsOf(assumptions.stream()
                        .map(a -> REASON + "assumed." + a).toList()));
        if (!household.notes().isEmpty()) {
            assertThat(evaluation.notes()).extracting(BenefitCasesTest::note).isEqualTo(household.notes());
        }
        household.counselling().forEach(benefit -> assertThat(results.get(benefit).counselling()).as(benefit).isTrue());
        // the compiled expressions give what SpEL gives, and no rule fails
        assertThat(finder.evaluateChecked(household.answers(), household.date())).isEqualTo(evaluation);
    }

    @Test
    void atLeastFortyCasesEachTracedToTheLaw() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases).allSatisfy(household -> assertThat(household.law()).as(household.name()).contains("§"));
        assertThat(cases).extracting(BenefitCase::name).doesNotHaveDuplicates();
    }

    @Test
    void everyBenefitHasCasesOnBothSides() {
        Set<String> possible = new HashSet<>();
        Set<String> unlikely = new HashSet<>();
        cases.forEach(household -> household.expect().forEach((benefit, outcome) ->
                (outcome.equals("possible") ? possible : unlikely).add(benefit)));
        List<String> benefits = finder.evaluate(cases.get(0).answers(), cases.get(0).date()).results().stream()
                .map(Result::benefit).toList();
        assertThat(possible).containsAll(benefits);
        assertThat(unlikely).containsAll(benefits);
    }

    private static List<String> keys(Result result) {
        return result.reasons().stream().map(Text::key).toList();
    }

    /** Whole numbers compared by value (the rules give Integer, Long or Double), anything else as text. */
    private static List<Object> numbers(List<?> values) {
        return values.stream().map(value -> value instanceof Number number && number.doubleValue() % 1 == 0
                ? (Object) number.longValue() : value).toList();
    }

    private static String note(Text note) {
        return Stream.concat(Stream.of(note.key().substring("benefitFinder.note.".length())),
                note.args().stream().map(String::valueOf)).collect(Collectors.joining(" "));
    }
}
