package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialplattform.lightmodules.LightModules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compiled expressions give exactly what SpEL's interpreter gives, failures included. */
class RuleCompilerTest {

    private static final List<Answers> ANSWERS = List.of(new Answers(Map.of()),
            new Answers(Map.of("age", 40, "partner", true, "residence", "eu", "householdNetIncome", 1250)),
            new Answers(Map.of("age", 0, "partner", false, "residence", "", "householdNetIncome", 0)));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1 + 2 * 3 - 4 / 3 % 2
            7 / 2.0 + -age
            householdNetIncome * 1.1 > 1300
            householdNetIncome / 3
            age == 40.0
            age != null and age >= 18 and age < 66.5
            null < 3
            null > null
            age <= null
            'a' < 'b'
            residence == 'eu' or residence == null
            residence ?: 'unknown'
            partner ?: age
            partner == true ? limit * 2 : limit - 0.5
            !(partner == false)
            min(age, 3.5)
            max(householdNetIncome, limit)
            round(householdNetIncome / 7.0)
            'x' + age
            residence + 1
            age > 'a'
            partner and true
            age / 0
            age ? 1 : 2
            !age
            """)
    void sameAsSpel(String expression) {
        RuleFixtures.write(dir, RuleFixtures.RULES + "common.yaml", RuleParserTest.COMMON);
        RuleFixtures.write(dir, RuleFixtures.RULES + "a.yaml", RuleParserTest.VALID);
        LightModules modules = RuleFixtures.load(dir);
        RuleSet rules = RuleSetBuilder.build(modules.definitions(RuleDefinition.class).values()).rules();
        RuleExpression compiled = RuleExpression.parse("test", expression, 1, false);
        for (Answers answers : ANSWERS) {
            // checking facts evaluate both ways and throw if they differ in value, type or failing
            Facts facts = new Facts(rules, answers, new Object[] {100}, true);
            try {
                compiled.value(facts);
            } catch (RuleEvaluationException e) {
                assertThat(e.getMessage()).as(answers.toString()).doesNotContain("the compiled expression gives");
            }
        }
        assertThat(rules.evaluate(ANSWERS.get(1), LocalDate.of(2025, 1, 1), true).results()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            residence.length()
            T(java.lang.System).exit(0)
            #this
            {1}
            age instanceof T(Integer)
            age between {1, 2}
            1L + 1
            1.5f > 1
            """)
    void onlyTheSubsetCompiles(String expression) {
        assertThatThrownBy(() -> RuleExpression.parse("test", expression, 7, false))
                .isInstanceOf(de.sozialplattform.lightmodules.DefinitionException.class)
                .hasMessageContaining("is not allowed here")
                .satisfies(e -> assertThat(((de.sozialplattform.lightmodules.DefinitionException) e).line()).isEqualTo(7));
    }
}
