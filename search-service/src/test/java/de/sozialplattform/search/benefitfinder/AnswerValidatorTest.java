package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.InvalidParameterException.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Against the shipped questionnaire. */
class AnswerValidatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REQUIRED = "\"age\": 34, \"residence\": \"german\", \"workCapacity\": \"yes\"";

    private final AnswerValidator validator =
            new AnswerValidator(new Questionnaire(QuestionnaireParserTest.load(QuestionnaireParserTest.SHIPPED)));

    private Answers valid(String members) {
        return validator.validate(json("{" + members + "}"));
    }

    /** The errors of an invalid answers object. */
    private List<FieldError> errors(String members) {
        InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class,
                () -> validator.validate(json("{" + members + "}")));
        assertThat(e).as("rejected").isNotNull();
        return e.errors();
    }

    /** The single error of {@code id} when only it is added to the required answers. */
    private String error(String id, String value) {
        return errors(REQUIRED + ", \"" + id + "\": " + value).stream().filter(e -> e.field().equals("answers." + id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " was accepted")).message();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void theRequiredAnswersAloneAreEnough() {
        Answers answers = valid(REQUIRED);
        assertThat(answers.values()).containsOnly(Map.entry("age", 34), Map.entry("residence", "german"),
                Map.entry("workCapacity", "yes"));
        assertThat(answers.known("partner")).isFalse();
    }

    @Test
    void everyTypeBecomesTheTypeTheRulesRead() {
        Answers answers = valid(REQUIRED + """
                , "partner": true, "childrenUnder18": 2, "childrenInEducation18to24": "1",
                "childInSchoolOrDaycare": false, "employment": "employed", "householdGrossIncome": 2400,
                "householdNetIncome": "1900", "assets": 1.2e3, "housing": "rent", "monthlyRent": 780,
                "rentArrears": "false", "currentBenefits": ["kindergeld", "wohngeld", "kindergeld"], "debts": true,
                "addiction": false, "specialDifficulties": false""");
        assertThat(answers.values()).hasSize(18);
        assertThat(answers.number("childrenInEducation18to24")).contains(1);
        assertThat(answers.number("householdNetIncome")).contains(1900);
        assertThat(answers.number("assets")).contains(1200);
        assertThat(answers.yesNo("partner")).contains(true);
        assertThat(answers.yesNo("rentArrears")).contains(false);
        assertThat(answers.choice("housing")).contains("rent");
        assertThat(answers.choices("currentBenefits")).containsExactly("kindergeld", "wohngeld");
        assertThatThrownBy(() -> answers.choices("currentBenefits").add("none"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dontKnowAndNullAndMissingAreAbsent() {
        Answers answers = valid(REQUIRED + """
                , "partner": "dontKnow", "childrenUnder18": null, "assets": "dontKnow",
                "currentBenefits": "dontKnow", "housing": "dontKnow\"""");
        assertThat(answers.values()).containsOnlyKeys("age", "residence", "workCapacity");
    }

    @Test
    void requiredQuestionsMustBeAnsweredAndOfferNoDontKnow() {
        assertThat(errors("\"age\": \"dontKnow\", \"residence\": null")).containsExactly(
                new FieldError("answers.age", "must be answered; this question offers no \"don't know\""),
                new FieldError("answers.residence", "must be answered"),
                new FieldError("answers.workCapacity", "must be answered"));
        assertThat(catchThrowableOfType(InvalidParameterException.class, () -> validator.validate(null)).errors())
                .extracting(FieldError::field)
                .containsExactly("answers.age", "answers.residence", "answers.workCapacity");
        assertThat(catchThrowableOfType(InvalidParameterException.class,
                () -> validator.validate(json("null"))).errors()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"age\"", "42", "true"})
    void answersMustBeAnObject(String answers) {
        assertThat(catchThrowableOfType(InvalidParameterException.class,
                () -> validator.validate(json(answers))).errors())
                .containsExactly(new FieldError("answers", "must be an object of answers by question id"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            age              | 15     | 15
            age              | 120    | 120
            age              | ` "42" ` | 42
            age              | `" 42 "` | 42
            age              | 42.0   | 42
            assets           | 0      | 0
            assets           | `"0"`  | 0
            assets           | 1000000000 | 1000000000
            childrenUnder18  | 20     | 20
            """)
    void wholeNumbersWithinTheLimitsAsNumbersOrStrings(String id, String value, int expected) {
        assertThat(validator.validate(withAnswer(id, value)).number(id)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14", "121", "-1", "42.5", "\"42.5\"", "\"42,5\"", "\"1.200\"", "1e30", "\"\"", "\"abc\"",
            "true", "[42]", "{\"value\": 42}", "\"99999999999999999999\"", "\"+42\""})
    void otherNumbersAreRejected(String value) {
        String message = errors(REQUIRED.replace("\"age\": 34", "\"age\": " + value)).get(0).message();
        assertThat(message).isEqualTo("must be a whole number from 15 to 120");
        assertThat(error("assets", value.equals("14") ? "-5" : value.replace("121", "1000000001")))
                .isEqualTo("must be a whole number from 0 to 1000000000, or \"dontKnow\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "\"ja\"", "1", "0", "\"TRUE\"", "[true]"})
    void yesNoIsTrueOrFalse(String value) {
        assertThat(error("debts", value)).isEqualTo("must be true or false, or \"dontKnow\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"German\"", "\"deutsch\"", "\"\"", "[\"german\"]", "1", "\"dontknow\""})
    void aChoiceIsOneOfItsOptions(String value) {
        assertThat(errors(REQUIRED.replace("\"residence\": \"german\"", "\"residence\": " + value)).get(0))
                .isEqualTo(new FieldError("answers.residence",
                        "must be one of german, eu, residencePermit, asylumSeeker, toleration, other"));
        assertThat(error("housing", value)).isEqualTo("must be one of rent, own, withFamily, noHome, shelter,"
                + " or \"dontKnow\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"wohngeld\"", "[\"wohngeld\", \"rente\"]", "[\"none\", \"wohngeld\"]",
            "[\"wohngeld\", \"none\"]", "[\"wohngeld\", 1]", "[[\"wohngeld\"]]", "true"})
    void severalChoicesAreANonEmptyListOfOptionsWithNoneAlone(String value) {
        assertThat(error("currentBenefits", value)).isEqualTo("must be a list of one or more of buergergeld,"
                + " sozialhilfe, grundsicherung, asylblg, wohngeld, kinderzuschlag, kindergeld, alg1, pension, bafoeg,"
                + " none (none only on its own), or \"dontKnow\"");
    }

    @Test
    void noneAloneIsAnAnswer() {
        assertThat(valid(REQUIRED + ", \"currentBenefits\": [\"none\"]").choices("currentBenefits"))
                .containsExactly("none");
    }

    @Test
    void unknownQuestionIdsAreRejectedAndEveryOffendingIdIsListed() {
        assertThat(errors("""
                "age": 200, "residence": "german", "workCapacity": "maybe", "income": 1000,
                "housing": "tent", "Age": 34, "the answer: 42": 1""")).containsExactly(
                new FieldError("answers.age", "must be a whole number from 15 to 120"),
                new FieldError("answers.workCapacity", "must be one of yes, temporarilyNo, permanentlyNo"),
                new FieldError("answers.housing",
                        "must be one of rent, own, withFamily, noHome, shelter, or \"dontKnow\""),
                new FieldError("answers.income", "is not a question of the benefit finder"),
                new FieldError("answers.Age", "is not a question of the benefit finder"),
                // a key that could carry anything is not repeated
                new FieldError("answers", "contains a key that is not a question id of the benefit finder"));
    }

    @Test
    void answersToSkippedQuestionsAreDroppedUnchecked() {
        Answers owner = valid(REQUIRED + """
                , "housing": "own", "monthlyRent": "a lot", "rentArrears": true,
                "childrenUnder18": 0, "childInSchoolOrDaycare": "maybe\"""");
        assertThat(owner.values()).containsOnlyKeys("age", "residence", "workCapacity", "housing", "childrenUnder18");

        Answers tenant = valid(REQUIRED + """
                , "housing": "rent", "monthlyRent": 650, "rentArrears": true,
                "childrenUnder18": 1, "childInSchoolOrDaycare": true""");
        assertThat(tenant.number("monthlyRent")).contains(650);
        assertThat(tenant.yesNo("rentArrears")).contains(true);
        assertThat(tenant.yesNo("childInSchoolOrDaycare")).contains(true);

        // when the answer a question depends on is unknown, the question is asked (and checked)
        assertThat(valid(REQUIRED + ", \"housing\": \"dontKnow\", \"monthlyRent\": 650").number("monthlyRent"))
                .contains(650);
        assertThat(valid(REQUIRED + ", \"monthlyRent\": 650").number("monthlyRent")).contains(650);
        assertThat(error("monthlyRent", "\"a lot\"")).isEqualTo("must be a whole number from 0 to 100000, or"
                + " \"dontKnow\"");
        assertThat(errors(REQUIRED + ", \"housing\": \"tent\", \"monthlyRent\": -1")).extracting(FieldError::field)
                .containsExactly("answers.housing", "answers.monthlyRent");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            age                  | `"Geheim-4711"`
            age                  | 987654321
            residence            | `"Müller, Ausweis X1234"`
            householdNetIncome   | 31415.9
            housing              | `"Brücke am Rhein"`
            currentBenefits      | `["wohngeld", "Sucht-Reha"]`
            addiction            | `"Heroin"`
            Kontonummer123       | `"DE02120300000000202051"`
            """)
    void messagesNeverRepeatTheSubmittedValue(String id, String value) {
        InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class,
                () -> validator.validate(withAnswer(id, value)));
        assertThat(e).as("rejected").isNotNull();
        String secret = value.replaceAll("[\\[\\]\"]", "").replace("wohngeld, ", "");
        assertThat(e.getMessage()).doesNotContain(secret);
        assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.message())
                .doesNotContain(secret).doesNotContain(value));
    }

    /** The required answers with {@code id} answered (or replaced) by the JSON {@code value}. */
    private static JsonNode withAnswer(String id, String value) {
        ObjectNode answers = (ObjectNode) json("{" + REQUIRED + "}");
        answers.set(id, json(value));
        return answers;
    }
}
