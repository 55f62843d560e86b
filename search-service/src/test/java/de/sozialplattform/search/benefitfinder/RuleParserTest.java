package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.lightmodules.DefinitionProblem;
import de.sozialplattform.lightmodules.LightModules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken rule files are reported with file, line and reason, and never replace a working rule. */
class RuleParserTest {

    static final String COMMON = """
            parameters:
              limit:
                - {from: 2025-01-01, value: 100}
                - {from: 2026-01-01, value: 120}
            derived:
              income: "householdNetIncome ?: 0"
            assumptions:
              incomeUnknown:
                when: "householdNetIncome == null"
                reason: benefitFinder.reason.assumed.netIncome
            """;

    /** A valid benefit rule; the broken variants below change one line of it. */
    static final String VALID = """
            order: 1
            legalBasis: "§ 1 Test"
            outcomes:
              - when: "income > limit"
                outcome: unlikely
                reason: benefitFinder.reason.test.high
              - outcome: possible
                reason: benefitFinder.reason.test.low
                assumed: [incomeUnknown]
            """;

    @TempDir
    Path dir;

    /** Loads {@code yaml} as {@code x.yaml} next to a valid common file and rule {@code a}; returns x's problem. */
    private DefinitionProblem problemOf(String yaml) {
        RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", COMMON);
        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", VALID);
        RuleFixtures.write(dir, RuleFixtures.RULES + "x.yaml", yaml);
        LightModules modules = RuleFixtures.load(dir);
        assertThat(modules.definitions(RuleDefinition.class)).containsKeys("common", "a").doesNotContainKey("x");
        assertThat(modules.problems()).hasSize(1);
        DefinitionProblem problem = modules.problems().get(0);
        assertThat(problem.file()).isEqualTo(RuleFixtures.RULES + "x.yaml");
        return problem;
    }

    private static String withWhen(String expression) {
        return VALID.replace("\"income > limit\"", "\"" + expression + "\"");
    }

    @Test
    void validFilesLoad() {
        RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", COMMON);
        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", VALID);
        LightModules modules = RuleFixtures.load(dir);
        assertThat(modules.problems()).isEmpty();
        Evaluation evaluation = new BenefitFinder(modules).evaluate(new Answers(Map.of()), LocalDate.of(2025, 1, 1));
        assertThat(evaluation.results()).singleElement().satisfies(result -> assertThat(result.reasons())
                .extracting(Evaluation.Text::key)
                .containsExactly("benefitFinder.reason.test.low", "benefitFinder.reason.assumed.netIncome"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            age >                                    | is not a valid expression
            T(java.lang.Runtime).getRuntime() != null | is not allowed here
            new java.io.File('x').exists()           | is not allowed here
            residence.length() > 3                   | is not allowed here
            @someBean != null                        | is not allowed here
            #root != null                            | is not allowed here
            {1, 2}.size() > 1                        | is not allowed here
            residence matches 'a+'                   | is not allowed here
            age = 5                                  | is not allowed here
            salary > 3                               | unknown name 'salary'
            abs(age) > 3                             | unknown function 'abs'
            min(age) > 3                             | min() takes 2 arguments
            receives('lottery') == true              | 'lottery' is not an option of currentBenefits
            receives(residence) == true              | receives() takes a quoted id
            possible('nope')                         | unknown benefit 'nope'
            possible('x')                            | a benefit cannot depend on itself
            householdNetIncome + 1 > 5               | fails on sample answers
            age ?: 1                                 | instead of true or false
            partner and age > 3                      | fails on sample answers
            """)
    void aBrokenConditionNamesItsLine(String expression, String reason) {
        DefinitionProblem problem = problemOf(withWhen(expression.trim()));
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.reason()).contains(reason);
    }

    @Test
    void possibleIsNotAllowedInDerivedFacts() {
        DefinitionProblem problem = problemOf(VALID + "derived:\n  d: \"possible('a')\"\n");
        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.reason()).contains("possible() may only be used in the outcomes");
    }

    @Test
    void unknownAssumption() {
        DefinitionProblem problem = problemOf(VALID.replace("[incomeUnknown]", "[incomeUnknown, luck]"));
        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.reason()).isEqualTo("unknown assumption 'luck'");
    }

    @Test
    void unknownExcludingBenefit() {
        DefinitionProblem problem = problemOf(VALID + "excludedBy:\n  - a\n  - nope\n");
        assertThat(problem.line()).isEqualTo(12);
        assertThat(problem.reason()).isEqualTo("unknown benefit 'nope'");
    }

    @Test
    void aNameIsDefinedOnce() {
        DefinitionProblem problem = problemOf(VALID + "parameters:\n  limit: [{from: 2025-01-01, value: 1}]\n");
        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.reason()).isEqualTo("'limit' is already defined in common.yaml");
    }

    @Test
    void aQuestionIsNoParameterName() {
        DefinitionProblem problem = problemOf(VALID + "parameters:\n  age: [{from: 2025-01-01, value: 1}]\n");
        assertThat(problem.reason()).contains("'age' is the name of a question");
    }

    @Test
    void derivedFactsInACycle() {
        DefinitionProblem problem = problemOf(VALID + "derived:\n  p: \"q + 1\"\n  q: \"p + 1 > 0 ? 1 : 0\"\n");
        assertThat(problem.line()).isIn(11, 12);
        assertThat(problem.reason()).startsWith("derived facts refer to each other in a cycle");
    }

    @Test
    void benefitsExcludingEachOther() {
        RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", COMMON);
        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", VALID + "excludedBy: [b]\n");
        RuleFixtures.write(dir, RuleFixtures.RULES + "b.yaml", VALID + "excludedBy: [a]\n");
        LightModules modules = RuleFixtures.load(dir);
        assertThat(modules.problems()).hasSize(2).allSatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.reason()).startsWith("benefits depend on each other in a cycle");
        });
    }

    @Test
    void theLastOutcomeAppliesAlways() {
        DefinitionProblem problem = problemOf(VALID.replace("  - outcome: possible",
                "  - when: \"age > 3\"\n    outcome: possible"));
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.reason()).startsWith("the last outcome must apply always");
    }

    @Test
    void onlyTheLastOutcomeIsUnconditional() {
        DefinitionProblem problem = problemOf(VALID.replace("when: \"income > limit\"\n    outcome", "outcome"));
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.reason()).isEqualTo("only the last outcome may be without 'when'");
    }

    @Test
    void anOutcomeIsPossibleOrUnlikely() {
        DefinitionProblem problem = problemOf(VALID.replace("outcome: unlikely", "outcome: maybe"));
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.reason()).isEqualTo("outcome must be possible or unlikely, not 'maybe'");
    }

    @Test
    void aReasonIsAMessageKey() {
        DefinitionProblem problem = problemOf(VALID.replace("reason: benefitFinder.reason.test.high",
                "reason: Einkommen zu hoch"));
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.reason()).startsWith("reason must be a message key");
    }

    @Test
    void theLegalBasisCitesAParagraph() {
        DefinitionProblem problem = problemOf(VALID.replace("\"§ 1 Test\"", "Testgesetz"));
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.reason()).startsWith("legalBasis must cite");
    }

    @Test
    void missingOutcomes() {
        DefinitionProblem problem = problemOf("order: 1\nlegalBasis: \"§ 1\"\n");
        assertThat(problem.reason()).isEqualTo("'outcomes' is missing in a benefit rule");
    }

    @Test
    void unknownKey() {
        DefinitionProblem problem = problemOf(VALID + "title: Test\n");
        assertThat(problem.line()).isEqualTo(10);
        assertThat(problem.reason()).startsWith("unknown key 'title' in a benefit rule");
    }

    @Test
    void parameterDatesAscend() {
        DefinitionProblem problem = problemOf(VALID + """
                parameters:
                  rate:
                    - {from: 2026-01-01, value: 1}
                    - {from: 2025-01-01, value: 2}
                """);
        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.reason()).isEqualTo("the dates of parameter 'rate' must be ascending");
    }

    @Test
    void parameterValuesAreNumbers() {
        DefinitionProblem problem = problemOf(VALID + "parameters:\n  rate:\n    - {from: 2025-01-01, value: viel}\n");
        assertThat(problem.line()).isEqualTo(12);
        assertThat(problem.reason()).startsWith("value must be a number");
    }

    @Test
    void parameterDatesAreDates() {
        DefinitionProblem problem = problemOf(VALID + "parameters:\n  rate:\n    - {from: 2025-13-01, value: 1}\n");
        assertThat(problem.line()).isEqualTo(12);
        assertThat(problem.reason()).isEqualTo("'2025-13-01' is not a date (YYYY-MM-DD)");
    }

    @Test
    void invalidYaml() {
        DefinitionProblem problem = problemOf(VALID + "outcomes: [\n");
        assertThat(problem.reason()).startsWith("not valid YAML");
    }

    @Test
    void invalidFileName() {
        RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", COMMON);
        RuleFixtures.write(dir, RuleFixtures.RULES + "Bürgergeld.yaml", VALID);
        LightModules modules = RuleFixtures.load(dir);
        assertThat(modules.problems()).singleElement().satisfies(problem ->
                assertThat(problem.reason()).contains("is not a valid benefit id"));
    }

    @Test
    void aBrokenChangeKeepsTheLastGoodRule() {
        RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", COMMON);
        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", VALID);
        LightModules modules = RuleFixtures.load(dir);
        BenefitFinder finder = new BenefitFinder(modules);
        Answers rich = new Answers(Map.of("householdNetIncome", 5000));
        LocalDate date = LocalDate.of(2025, 6, 1);
        assertThat(finder.evaluate(rich, date).results().get(0).outcome()).isEqualTo(Evaluation.Outcome.UNLIKELY);

        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", withWhen("income >"));
        assertThat(modules.reload()).singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(4));
        assertThat(finder.evaluate(rich, date).results().get(0).outcome()).isEqualTo(Evaluation.Outcome.UNLIKELY);

        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", withWhen("income > 100 * limit"));
        assertThat(modules.reload()).isEmpty();
        assertThat(finder.evaluate(rich, date).results().get(0).outcome()).isEqualTo(Evaluation.Outcome.POSSIBLE);
    }
}
