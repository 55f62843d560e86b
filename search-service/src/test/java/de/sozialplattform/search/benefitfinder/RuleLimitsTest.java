package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.sozialplattform.lightmodules.DefinitionProblem;
import de.sozialplattform.lightmodules.LightModules;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files are edited by operators: a file that would overflow the stack, run for hours or fill the memory is
 * a problem of that file, reported with its line, never an error that stops the loader or a request.
 */
class RuleLimitsTest {

    @TempDir
    Path dir;

    /** Loads rule {@code x} next to the valid common file and rule {@code a} of RuleParserTest; x's problem. */
    private DefinitionProblem problemOf(String yaml) {
        RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", RuleParserTest.COMMON);
        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", RuleParserTest.VALID);
        RuleFixtures.write(dir, RuleFixtures.RULES + "x.yaml", yaml);
        LightModules modules = RuleFixtures.load(dir);
        assertThat(modules.problems()).hasSize(1);
        assertThat(modules.definitions(RuleDefinition.class)).containsKeys("common", "a").doesNotContainKey("x");
        return modules.problems().get(0);
    }

    /** A rule whose only condition is {@code when}, and {@code extra} YAML after it (from line 8). */
    private static String rule(String when, String extra) {
        return """
                order: 2
                legalBasis: "§ 2 Test"
                outcomes:
                  - when: "%s"
                    outcome: unlikely
                    reason: benefitFinder.reason.test.high
                  - outcome: possible
                    reason: benefitFinder.reason.test.low
                """.formatted(when) + extra;
    }

    /** SpEL accepts 10 000 characters, enough for parentheses that overflow its parser's stack. */
    @Test
    void deeplyNestedParenthesesAreAProblemNotAStackOverflow() {
        DefinitionProblem problem = problemOf(rule("(".repeat(3000) + "age > 3" + ")".repeat(3000), ""));
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.reason()).contains("split it into derived facts");
    }

    @Test
    void parenthesesNestedTooDeeplyAreRefusedBeforeParsing() {
        int depth = RuleExpression.MAX_DEPTH + 1;
        DefinitionProblem problem = problemOf(rule("(".repeat(depth) + "age > 3" + ")".repeat(depth), ""));
        assertThat(problem.reason()).contains("nested too deeply");
        assertThat(RuleExpression.parenthesesDepth("min(a, (b)) > ')(' or '((' == \"((\"")).isEqualTo(2);
    }

    @Test
    void aLongExpressionIsAProblemNotAStackOverflow() {
        DefinitionProblem problem = problemOf(rule("!".repeat(9000) + "true", ""));
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.reason()).contains("longer than " + RuleExpression.MAX_LENGTH + " characters");
    }

    @Test
    void aDeepTreeOfOperatorsIsAProblem() {
        DefinitionProblem problem = problemOf(rule("age" + " + 1".repeat(RuleExpression.MAX_DEPTH) + " > 3", ""));
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.reason()).contains("nested too deeply");
    }

    /** Facts built on facts: evaluating them recurses once per level. */
    @Test
    void aLongChainOfDerivedFactsIsAProblemNotAStackOverflow() {
        StringBuilder derived = new StringBuilder("derived:\n  c0: \"1\"\n");
        for (int i = 1; i < 5000; i++) {
            derived.append("  c").append(i).append(": \"c").append(i - 1).append(" + 1\"\n");
        }
        DefinitionProblem problem = problemOf(rule("c4999 > age", derived.toString()));
        assertThat(problem.reason()).contains("derived facts build on each other more than "
                + RuleSetBuilder.MAX_CHAIN + " deep");
    }

    /** Each level reads both facts of the level below: 2^32 paths, 64 facts. */
    @Test
    void sharedDerivedFactsAreCheckedOnceNotOncePerPath() {
        StringBuilder derived = new StringBuilder("derived:\n  d0: \"1\"\n  e0: \"2\"\n");
        for (int i = 1; i <= 32; i++) {
            derived.append("  d").append(i).append(": \"max(d").append(i - 1).append(", e").append(i - 1)
                    .append(")\"\n  e").append(i).append(": \"min(d").append(i - 1).append(", e").append(i - 1)
                    .append(")\"\n");
        }
        String yaml = rule("d32 > age", derived.toString());
        LightModules modules = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", RuleParserTest.COMMON);
            RuleFixtures.write(dir, RuleFixtures.RULES + "x.yaml", yaml);
            return RuleFixtures.load(dir);
        });
        assertThat(modules.problems()).isEmpty();
    }

    /** Text doubled by each fact: 32 lines would ask for 40 GB. */
    @Test
    void textCannotGrowWithoutBound() {
        StringBuilder derived = new StringBuilder("derived:\n  t0: \"'0123456789'\"\n");
        for (int i = 1; i <= 20; i++) {
            derived.append("  t").append(i).append(": \"t").append(i - 1).append(" + t").append(i - 1).append("\"\n");
        }
        DefinitionProblem problem = problemOf(rule("t20 == residence", derived.toString()));
        assertThat(problem.reason()).contains("a text longer than " + RuleValues.MAX_TEXT_LENGTH + " characters")
                .hasSizeLessThan(500);
        assertThat(problem.line()).as("t7 is the first fact over the limit").isEqualTo(9 + 7 + 1);
    }
}
