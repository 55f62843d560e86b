package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.Messages;
import de.sozialplattform.search.benefitfinder.Evaluation.Outcome;
import de.sozialplattform.search.benefitfinder.Evaluation.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenefitFinderTest {

    /** The benefit ids of issue 6, a public contract, in the order of the issue. */
    static final List<String> BENEFITS = List.of("buergergeld", "hilfeZumLebensunterhalt", "grundsicherung",
            "wohngeld", "kindergeld", "kinderzuschlag", "bildungUndTeilhabe", "asylbewerberleistungen",
            "uebernahmeMietrueckstaende", "einstiegsgeld", "foerderungJungerMenschen",
            "hilfeBesondereSozialeSchwierigkeiten", "schuldnerberatung", "suchtberatung", "wohnberechtigungsschein");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Answers REQUIRED_ONLY = new Answers(Map.of("age", 40, "residence", "german",
            "workCapacity", "yes"));

    @Nested
    class Shipped {

        private final LightModules modules = RuleFixtures.load(RuleFixtures.SHIPPED);
        private final BenefitFinder finder = new BenefitFinder(modules);
        private final Map<String, RuleDefinition> rules = modules.definitions(RuleDefinition.class);

        @Test
        void loadWithoutProblems() {
            assertThat(modules.problems()).isEmpty();
        }

        @Test
        void resultsForTheFifteenBenefitsInAStableOrder() {
            Evaluation evaluation = finder.evaluate(REQUIRED_ONLY, LocalDate.of(2025, 6, 1));
            assertThat(evaluation.results()).extracting(Result::benefit).containsExactlyElementsOf(BENEFITS);
            assertThat(evaluation.date()).isEqualTo(LocalDate.of(2025, 6, 1));
            assertThat(evaluation.results()).allSatisfy(result -> {
                assertThat(result.legalBasis()).contains("§");
                assertThat(result.reasons()).isNotEmpty();
            });
        }

        @Test
        void benefitIdsMatchTheFinderIdsOfTheContent() throws IOException {
            String content = Files.readString(Path.of("..", "content-export", "bootstrap", "benefits.finder.yaml"));
            Matcher matcher = Pattern.compile("'finderId': '([A-Za-z]+)'").matcher(content);
            List<String> finderIds = new ArrayList<>();
            while (matcher.find()) {
                finderIds.add(matcher.group(1));
            }
            assertThat(finderIds).containsExactlyInAnyOrderElementsOf(BENEFITS);
        }

        @Test
        void counsellingOffersAreMarked() {
            assertThat(finder.evaluate(REQUIRED_ONLY, LocalDate.of(2025, 6, 1)).results().stream()
                    .filter(Result::counselling).map(Result::benefit)).containsExactly("uebernahmeMietrueckstaende",
                    "hilfeBesondereSozialeSchwierigkeiten", "schuldnerberatung", "suchtberatung");
        }

        /** Every text a rule can produce exists in German and English, with exactly the arguments it gets. */
        @Test
        void everyReasonAndNoteHasGermanAndEnglishTextWithItsArguments() {
            Map<String, Integer> arguments = new HashMap<>();
            rules.values().forEach(rule -> {
                rule.outcomes().forEach(outcome -> arguments.put(outcome.reason(), outcome.args().size()));
                rule.assumptions().values().forEach(a -> arguments.put(a.reason(), a.args().size()));
                rule.excludedBy().forEach(e -> arguments.put(RuleSet.REASON_EXCLUDED_BY + e.benefit(), 0));
            });
            arguments.put(RuleSet.REASON_RULE_ERROR, 0);
            arguments.put(RuleSet.NOTE_NO_AMOUNTS, 0);
            arguments.put(RuleSet.NOTE_NEAREST_PARAMETERS, 2);
            arguments.put(EvaluateAdvice.NOTE_ADVICE_UNAVAILABLE, 0);
            arguments.put(EvaluateAdvice.NOTE_POSTAL_CODE_UNKNOWN, 0);
            Messages messages = modules.messages();
            for (String language : List.of("de", "en")) {
                arguments.forEach((key, count) -> {
                    assertThat(messages.language(language)).as(language + ": " + key).containsKey(key);
                    TreeSet<Integer> used = new TreeSet<>();
                    Matcher matcher = PLACEHOLDER.matcher(messages.language(language).get(key));
                    while (matcher.find()) {
                        used.add(Integer.parseInt(matcher.group(1)));
                    }
                    assertThat(used).as(language + ": arguments of " + key)
                            .containsExactlyElementsOf(IntStream.range(0, count).boxed().toList());
                    assertThat(messages.language(language).get(key)).as(language + ": " + key).doesNotContain("'");
                });
            }
        }

        /**
         * Children not known may be many, and each raises the asset allowance: an asset check must not count them as
         * none (the reason then says the favourable assumption was made, which would not be true).
         */
        @Test
        void unknownChildrenNeverLowerAnAssetAllowance() {
            Map<String, Object> working = new HashMap<>(Map.of("age", 35, "partner", false, "residence", "german",
                    "workCapacity", "yes", "employment", "employed", "householdGrossIncome", 2000,
                    "householdNetIncome", 1450, "housing", "rent", "monthlyRent", 400, "assets", 65000));
            working.put("currentBenefits", Set.of("none"));
            Map<String, Result> results = byBenefit(finder.evaluate(new Answers(working), LocalDate.of(2025, 6, 1)));
            for (String benefit : List.of("buergergeld", "wohngeld", "kinderzuschlag")) {
                assertThat(results.get(benefit).outcome()).as("%s: %s", benefit, results.get(benefit).reasons())
                        .isEqualTo(Outcome.POSSIBLE);
                assertThat(results.get(benefit).reasons()).extracting(Evaluation.Text::key).as(benefit)
                        .contains("benefitFinder.reason.assumed.children");
            }
            Answers pensioner = new Answers(Map.of("age", 70, "partner", false, "residence", "german",
                    "workCapacity", "yes", "employment", "retired", "householdNetIncome", 700, "assets", 12000,
                    "housing", "rent", "monthlyRent", 400));
            Result grundsicherung = byBenefit(finder.evaluate(pensioner, LocalDate.of(2025, 6, 1)))
                    .get("grundsicherung");
            assertThat(grundsicherung.outcome()).as("%s", grundsicherung.reasons()).isEqualTo(Outcome.POSSIBLE);
            // the checked evaluation agrees and no rule fails on these answers
            assertThat(finder.evaluateChecked(pensioner, LocalDate.of(2025, 6, 1)).results())
                    .contains(grundsicherung);
        }

        private static Map<String, Result> byBenefit(Evaluation evaluation) {
            Map<String, Result> results = new HashMap<>();
            evaluation.results().forEach(result -> results.put(result.benefit(), result));
            return results;
        }

        @Test
        void theSameAnswersGiveTheSameResultOnManyThreads() {
            List<BenefitCase> cases = BenefitCase.load("/benefitfinder/cases.yaml");
            List<Evaluation> sequential = cases.stream().map(c -> finder.evaluate(c.answers(), c.date())).toList();
            List<Evaluation> parallel = IntStream.range(0, 20).parallel().boxed()
                    .flatMap(i -> cases.stream().map(c -> finder.evaluate(c.answers(), c.date()))).toList();
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i)).isEqualTo(sequential.get(i % cases.size()));
            }
        }
    }

    @Nested
    class Dated {

        @TempDir
        Path dir;

        private BenefitFinder finder(String outcomes) {
            RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", RuleParserTest.COMMON);
            RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", "order: 1\nlegalBasis: \"§ 1 Test\"\n" + outcomes);
            LightModules modules = RuleFixtures.load(dir);
            assertThat(modules.problems()).isEmpty();
            return new BenefitFinder(modules);
        }

        @Test
        void aRuleCanChangeFromADate() {
            BenefitFinder finder = finder("""
                    outcomes:
                      - from: 2026-07-01
                        when: "income > 2 * limit"
                        outcome: unlikely
                        reason: benefitFinder.reason.test.reformed
                      - until: 2026-06-30
                        when: "income > limit"
                        outcome: unlikely
                        reason: benefitFinder.reason.test.old
                      - outcome: possible
                        reason: benefitFinder.reason.test.low
                    """);
            Answers answers = new Answers(Map.of("householdNetIncome", 150));
            assertThat(finder.evaluate(answers, LocalDate.of(2026, 6, 30)).results().get(0).outcome())
                    .isEqualTo(Outcome.UNLIKELY);
            assertThat(finder.evaluate(answers, LocalDate.of(2026, 7, 1)).results().get(0).outcome())
                    .isEqualTo(Outcome.POSSIBLE);
        }

        /** Parameters fall back to the nearest known year; a rule's own dates still follow the date asked for. */
        @Test
        void beforeTheKnownYearsARuleChangeStillFollowsTheDateAskedFor() {
            BenefitFinder finder = finder("""
                    outcomes:
                      - until: 2024-12-31
                        when: "income > limit"
                        outcome: unlikely
                        reason: benefitFinder.reason.test.old
                      - outcome: possible
                        reason: benefitFinder.reason.test.low
                    """);
            Answers answers = new Answers(Map.of("householdNetIncome", 150));
            Evaluation before = finder.evaluate(answers, LocalDate.of(2024, 6, 1));
            assertThat(before.results().get(0).reasons().get(0).key()).isEqualTo("benefitFinder.reason.test.old");
            assertThat(before.notes()).contains(Evaluation.Text.of(RuleSet.NOTE_NEAREST_PARAMETERS, "2025", "2024"));
            assertThat(finder.evaluate(answers, LocalDate.of(2025, 1, 1)).results().get(0).outcome())
                    .isEqualTo(Outcome.POSSIBLE);
        }

        @Test
        void parametersByDateAndTheNearestYearOutsideTheKnownOnes() {
            BenefitFinder finder = finder("""
                    outcomes:
                      - outcome: possible
                        reason: benefitFinder.reason.test.low
                        args: ["limit"]
                    """);
            assertThat(reason(finder, LocalDate.of(2025, 12, 31)).args()).containsExactly(100);
            assertThat(reason(finder, LocalDate.of(2026, 1, 1)).args()).containsExactly(120);
            assertThat(reason(finder, LocalDate.of(2030, 1, 1)).args()).containsExactly(120);
            assertThat(reason(finder, LocalDate.of(2020, 1, 1)).args()).containsExactly(100);
            assertThat(finder.evaluate(REQUIRED_ONLY, LocalDate.of(2030, 1, 1)).notes())
                    .contains(Evaluation.Text.of(RuleSet.NOTE_NEAREST_PARAMETERS, "2026", "2030"));
            assertThat(finder.evaluate(REQUIRED_ONLY, LocalDate.of(2026, 5, 1)).notes())
                    .containsExactly(Evaluation.Text.of(RuleSet.NOTE_NO_AMOUNTS));
        }

        /** A rule that fails on answers the load-time samples missed: favourable result, the rest is unaffected. */
        @Test
        void aRuleThatFailsGivesAFavourableResultWithAReason() {
            BenefitFinder finder = finder("""
                    outcomes:
                      - when: "age == 33 ? householdNetIncome + 1 > limit : false"
                        outcome: unlikely
                        reason: benefitFinder.reason.test.high
                      - outcome: unlikely
                        reason: benefitFinder.reason.test.low
                    """);
            Result result = finder.evaluate(new Answers(Map.of("age", 33)), LocalDate.of(2025, 6, 1)).results().get(0);
            assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE);
            assertThat(result.reasons()).containsExactly(Evaluation.Text.of(RuleSet.REASON_RULE_ERROR));
        }

        private Evaluation.Text reason(BenefitFinder finder, LocalDate date) {
            return finder.evaluate(REQUIRED_ONLY, date).results().get(0).reasons().get(0);
        }
    }
}
