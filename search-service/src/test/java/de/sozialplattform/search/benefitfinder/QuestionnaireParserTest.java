package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.sozialplattform.lightmodules.DefinitionProblem;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireParserTest {

    /** Surefire runs in the module directory; the light modules of the checkout sit next to it. */
    static final Path SHIPPED = Path.of("..", "light-modules");
    static final String FILE = "sozialplattform/" + QuestionnaireParser.FOLDER + "/questions.yaml";

    static LightModules load(Path dir) {
        return new LightModules(new LightModulesProperties(dir, Duration.ofMillis(50)),
                List.of(new QuestionnaireParser()));
    }

    static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Nested
    class Shipped {

        private final LightModules modules = load(SHIPPED);
        private final Questionnaire questionnaire = new Questionnaire(modules);

        @Test
        void loadsWithoutProblemsWithThe18QuestionsInOrder() {
            assertThat(modules.problems()).isEmpty();
            assertThat(questionnaire.questions()).extracting(Question::id).containsExactly("age", "partner",
                    "childrenUnder18", "childrenInEducation18to24", "childInSchoolOrDaycare", "residence",
                    "workCapacity", "employment", "householdGrossIncome", "householdNetIncome", "assets", "housing",
                    "monthlyRent", "rentArrears", "currentBenefits", "debts", "addiction", "specialDifficulties");
        }

        @Test
        void onlyAgeResidenceAndWorkCapacityAreRequiredAndAllOthersOfferDontKnow() {
            assertThat(questionnaire.questions()).filteredOn(Question::required).extracting(Question::id)
                    .containsExactly("age", "residence", "workCapacity");
            assertThat(questionnaire.questions()).allSatisfy(question ->
                    assertThat(question.dontKnow()).as(question.id()).isEqualTo(!question.required()));
        }

        @Test
        void typesLimitsAndOptions() {
            assertThat(questionnaire.question("age"))
                    .extracting(Question::type, Question::min, Question::max, Question::options)
                    .containsExactly(QuestionType.INTEGER, 15, 120, List.of());
            assertThat(questionnaire.question("partner").type()).isEqualTo(QuestionType.YES_NO);
            assertThat(questionnaire.question("residence").options()).containsExactly("german", "eu",
                    "residencePermit", "asylumSeeker", "toleration", "other");
            assertThat(questionnaire.question("workCapacity").options())
                    .containsExactly("yes", "temporarilyNo", "permanentlyNo");
            assertThat(questionnaire.question("employment").options()).containsExactly("employed", "selfEmployed",
                    "unemployed", "training", "retired", "caring", "other");
            assertThat(questionnaire.question("housing").options())
                    .containsExactly("rent", "own", "withFamily", "noHome", "shelter");
            Question benefits = questionnaire.question("currentBenefits");
            assertThat(benefits.type()).isEqualTo(QuestionType.MULTI_CHOICE);
            assertThat(benefits.options()).containsExactly("buergergeld", "sozialhilfe", "grundsicherung", "asylblg",
                    "wohngeld", "kinderzuschlag", "kindergeld", "alg1", "pension", "bafoeg", "none");
            for (String money : List.of("householdGrossIncome", "householdNetIncome", "assets", "monthlyRent")) {
                assertThat(questionnaire.question(money).min()).as(money).isZero();
            }
        }

        @Test
        void skipLogicAndHelp() {
            assertThat(questionnaire.question("monthlyRent").askedWhen())
                    .containsExactly(new QuestionCondition("housing", List.of("rent"), null));
            assertThat(questionnaire.question("rentArrears").askedWhen())
                    .containsExactly(new QuestionCondition("housing", List.of("rent"), null));
            assertThat(questionnaire.question("childInSchoolOrDaycare").askedWhen())
                    .containsExactly(new QuestionCondition("childrenUnder18", null, 1));
            assertThat(questionnaire.questions()).filteredOn(question -> !question.askedWhen().isEmpty())
                    .extracting(Question::id).containsExactly("childInSchoolOrDaycare", "monthlyRent", "rentArrears");
            assertThat(questionnaire.questions()).filteredOn(Question::help).extracting(Question::id)
                    .containsExactly("workCapacity", "householdGrossIncome", "householdNetIncome", "assets",
                            "monthlyRent");
        }

        @Test
        void lookUp() {
            assertThat(questionnaire.find("assets")).isPresent();
            assertThat(questionnaire.find("income")).isEmpty();
            assertThatThrownBy(() -> questionnaire.question("income")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Definitions {

        @TempDir
        Path dir;

        static final String VALID = """
                questions:
                  - id: age
                    type: integer
                    min: 15
                    max: 120
                    required: true
                  - id: housing
                    type: choice
                    options: [rent, own]
                    dontKnow: true
                  - id: monthlyRent
                    type: integer
                    min: 0
                    max: 9999
                    dontKnow: true
                    help: true
                    askedWhen:
                      - question: housing
                        in: [rent]
                """;

        /** Loads {@code yaml} as the questionnaire; returns the one problem (and checks nothing was loaded). */
        private DefinitionProblem problemOf(String yaml) throws IOException {
            write(dir, FILE, yaml);
            LightModules modules = load(dir);
            assertThat(modules.definitions(QuestionnaireDefinition.class)).isEmpty();
            assertThat(modules.problems()).hasSize(1);
            DefinitionProblem problem = modules.problems().get(0);
            assertThat(problem.file()).isEqualTo(FILE);
            return problem;
        }

        @Test
        void aValidFileLoadsAndRuleFilesBesideItAreNotItsBusiness() throws IOException {
            write(dir, FILE, VALID);
            // the loader matches files directly in benefitFinder/ only, so a rule file never reaches this parser
            write(dir, "sozialplattform/benefitFinder/rules/buergergeld.yaml", "not: [a questionnaire");
            LightModules modules = load(dir);
            assertThat(modules.problems()).isEmpty();
            List<Question> questions = new Questionnaire(modules).questions();
            assertThat(questions).extracting(Question::id, Question::type, Question::required, Question::dontKnow,
                            Question::help)
                    .containsExactly(tuple("age", QuestionType.INTEGER, true, false, false),
                            tuple("housing", QuestionType.CHOICE, false, true, false),
                            tuple("monthlyRent", QuestionType.INTEGER, false, true, true));
        }

        @Test
        void anotherFileInTheFolderIsAProblem() throws IOException {
            write(dir, FILE, VALID);
            write(dir, "sozialplattform/benefitFinder/fragen.yaml", VALID);
            LightModules modules = load(dir);
            assertThat(new Questionnaire(modules).questions()).hasSize(3);
            assertThat(modules.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("sozialplattform/benefitFinder/fragen.yaml");
                assertThat(problem.reason()).contains("only benefitFinder/questions.yaml is read");
            });
        }

        /** Each row edits {@link #VALID} (first occurrence of {@code replace}; {@code \\n} is a line break). */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown type               | type: integer     | type: number                  | 3  | unknown type 'number' of question 'age' (allowed: integer, yesNo, choice, multiChoice)
            min greater than max       | min: 15           | min: 150                      | 4  | min 150 of question 'age' is greater than its max 120
            min missing                | min: 15           | ``                            | 2  | 'min' is missing in question 'age'
            max that is no number      | max: 120          | max: old                      | 5  | max must be a whole number, not 'old'
            unknown key                | min: 15           | step: 1                       | 4  | unknown key 'step' in a question (allowed: id, type, required, dontKnow, help, min, max, options, askedWhen)
            options missing            | options: [rent, own] | help: true                 | 7  | 'options' is missing in question 'housing'
            a single option            | options: [rent, own] | options: [rent]            | 9  | options of question 'housing' must list at least two options
            option listed twice        | options: [rent, own] | options: [rent, own, rent] | 9  | option 'rent' of question 'housing' is listed twice
            none in a single choice    | options: [rent, own] | options: [rent, none]      | 9  | option 'none' is only for multiChoice
            invalid option id          | options: [rent, own] | options: [rent, Own]       | 9  | option 'Own' is not valid (camelCase: a lowercase letter, then letters and digits)
            options on an integer      | max: 120          | max: 120\\n    options: [a, b] | 6  | 'options' does not apply to question 'age' of type integer
            required and dontKnow      | required: true    | required: true\\n    dontKnow: true | 7 | question 'age' is required and so cannot offer "don't know"
            askedWhen unknown question | question: housing | question: home                | 18 | askedWhen of question 'monthlyRent' refers to 'home', which is not a question asked before 'monthlyRent'
            askedWhen unknown option   | in: [rent]        | in: [rent, lease]             | 19 | askedWhen of question 'monthlyRent' refers to 'lease', which is not an option of 'housing' (options: rent, own)
            askedWhen on itself        | question: housing | question: monthlyRent         | 18 | askedWhen of question 'monthlyRent' refers to 'monthlyRent', which is not a question asked before 'monthlyRent'
            askedWhen with both        | in: [rent]        | in: [rent]\\n        atLeast: 1 | 18 | a condition in askedWhen of question 'monthlyRent' needs exactly one of 'in' and 'atLeast'
            askedWhen with neither     | in: [rent]        | ``                            | 18 | a condition in askedWhen of question 'monthlyRent' needs exactly one of 'in' and 'atLeast'
            atLeast on a choice        | in: [rent]        | atLeast: 1                    | 19 | atLeast in askedWhen of question 'monthlyRent' needs an integer question, but 'housing' is choice
            flag that is no boolean    | help: true        | help: sometimes               | 16 | help must be true or false, not 'sometimes'
            invalid question id        | id: monthlyRent   | id: monthly-rent              | 11 | question id 'monthly-rent' is not valid (camelCase: a lowercase letter, then letters and digits)
            duplicate id               | id: monthlyRent   | id: housing                   | 11 | question 'housing' is defined twice
            """)
        void brokenDefinitionsNameTheirLine(String name, String replace, String with, int line, String reason)
                throws IOException {
            assertThat(VALID).contains(replace);
            String yaml = VALID.replaceFirst(Pattern.quote(replace), Matcher.quoteReplacement(with.replace("\\n", "\n")));
            DefinitionProblem problem = problemOf(yaml);
            assertThat(problem.reason()).isEqualTo(reason);
            assertThat(problem.line()).isEqualTo(line);
        }

        @Test
        void conditionsOnYesNoQuestionsUseTrueAndFalse() throws IOException {
            String yaml = """
                    questions:
                      - id: partner
                        type: yesNo
                      - id: children
                        type: integer
                        min: 0
                        max: 9
                      - id: benefits
                        type: multiChoice
                        options: [wohngeld, none]
                      - id: together
                        type: yesNo
                        askedWhen:
                          - {question: partner, in: [true]}
                          - {question: children, atLeast: 2}
                          - {question: benefits, in: [wohngeld]}
                    """;
            write(dir, FILE, yaml);
            LightModules modules = load(dir);
            assertThat(modules.problems()).isEmpty();
            Question together = new Questionnaire(modules).question("together");
            assertThat(together.askedWhen()).containsExactly(new QuestionCondition("partner", List.of(true), null),
                    new QuestionCondition("children", null, 2),
                    new QuestionCondition("benefits", List.of("wohngeld"), null));
            assertThat(together.asked(Map.of())).isTrue();
            assertThat(together.asked(Map.of("partner", true, "children", 2, "benefits", java.util.Set.of("wohngeld"))))
                    .isTrue();
            assertThat(together.asked(Map.of("partner", false))).isFalse();
            assertThat(together.asked(Map.of("children", 1))).isFalse();
            assertThat(together.asked(Map.of("benefits", java.util.Set.of("none")))).isFalse();

            DefinitionProblem problem = problemOf(yaml.replace("in: [true]", "in: [ja]"));
            assertThat(problem.line()).isEqualTo(14);
            assertThat(problem.reason()).isEqualTo("askedWhen of question 'together': a yes/no question is answered"
                    + " true or false, not 'ja'");
            problem = problemOf(yaml.replace("{question: children, atLeast: 2}", "{question: children, in: [2]}"));
            assertThat(problem.line()).isEqualTo(15);
            assertThat(problem.reason()).startsWith("'in' in askedWhen of question 'together' does not apply");
        }

        @Test
        void emptyAskedWhen() throws IOException {
            String yaml = VALID.replace("    askedWhen:\n      - question: housing\n        in: [rent]\n",
                    "    askedWhen: []\n");
            assertThat(yaml).isNotEqualTo(VALID);
            DefinitionProblem problem = problemOf(yaml);
            assertThat(problem.line()).isEqualTo(17);
            assertThat(problem.reason()).isEqualTo("askedWhen of question 'monthlyRent' must list at least one"
                    + " condition (leave it out for a question that is always asked)");
        }

        @Test
        void anInvalidEditKeepsTheLastGoodQuestionnaire() throws IOException {
            write(dir, FILE, VALID);
            LightModules modules = load(dir);
            Questionnaire questionnaire = new Questionnaire(modules);
            write(dir, FILE, VALID.replace("type: choice", "type: dropdown"));
            assertThat(modules.reload()).singleElement()
                    .satisfies(problem -> assertThat(problem.line()).isEqualTo(8));
            assertThat(questionnaire.questions()).hasSize(3);
        }

        @Test
        void withoutAnyQuestionnaireTheFinderIsUnavailable() {
            Questionnaire questionnaire = new Questionnaire(load(dir));
            assertThatThrownBy(questionnaire::questions)
                    .isInstanceOf(de.sozialplattform.search.problem.UnavailableException.class);
        }
    }
}
