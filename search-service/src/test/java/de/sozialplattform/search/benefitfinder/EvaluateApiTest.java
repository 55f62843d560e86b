package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The evaluation endpoint with the checkout's questionnaire and rules. There is no advice-centre finder in this
 * context, so counselling results get an empty {@code advice} and a note (EvaluateAdviceIT covers real centres).
 */
@WebMvcTest(EvaluateController.class)
@ContextConfiguration(classes = EvaluateApiTest.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class EvaluateApiTest {

    @Configuration(proxyBeanMethods = false)
    @Import({EvaluateController.class, Evaluations.class, BenefitDescriptions.class, AnswerValidator.class,
            Questionnaire.class, BenefitFinder.class,
            EvaluateTexts.class, EvaluateAdvice.class})
    @ComponentScan(basePackages = "de.sozialplattform.search.problem", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestControllerAdvice.class))
    static class Config {

        @Bean
        LightModules lightModules() {
            return new LightModules(new LightModulesProperties(QuestionnaireParserTest.SHIPPED, Duration.ofMinutes(1)),
                    List.of(new QuestionnaireParser(), new RuleParser()));
        }

        /** 22:30 UTC on 1 June is already 2 June in Berlin. */
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2025-06-01T22:30:00Z"), ZoneOffset.UTC);
        }
    }

    private static final String PATH = "/api/v1/benefit-finder/evaluate";
    /** A low-wage single who tops up (BenefitCasesTest: "low-wage single tops up"): 950 - 348 = 602 < 1013. */
    private static final String AUFSTOCKER = """
            {"age": 35, "partner": false, "childrenUnder18": 0, "childrenInEducation18to24": 0,
             "residence": "german", "workCapacity": "yes", "employment": "employed",
             "householdGrossIncome": 1200, "householdNetIncome": 950, "assets": 0, "housing": "rent",
             "monthlyRent": 450, "rentArrears": false, "currentBenefits": ["none"], "debts": %s,
             "addiction": false, "specialDifficulties": false}""";

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String body, String lang) throws Exception {
        var request = post(PATH).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(lang == null ? request : request.param("lang", lang));
    }

    private static String body(String debts, String extra) {
        return "{\"answers\": " + AUFSTOCKER.formatted(debts) + extra + "}";
    }

    @Test
    void aClearBuergergeldCaseIsPossibleWithGermanReasons() throws Exception {
        evaluate(body("false", ", \"date\": \"2025-06-01\""), null)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.date").value("2025-06-01"))
                .andExpect(jsonPath("$.results", hasSize(BenefitFinderTest.BENEFITS.size())))
                .andExpect(jsonPath("$.results[0].benefit").value("buergergeld"))
                .andExpect(jsonPath("$.results[0].outcome").value("possible"))
                // without the CMS in the process, the names come from the message bundles, without links
                .andExpect(jsonPath("$.results[0].title").value("Bürgergeld"))
                .andExpect(jsonPath("$.results[0].infoPage").doesNotExist())
                .andExpect(jsonPath("$.results[0].applyUrl").doesNotExist())
                .andExpect(jsonPath("$.results[0].counselling").value(false))
                .andExpect(jsonPath("$.results[0].legalBasis").value(containsString("SGB II")))
                .andExpect(jsonPath("$.results[0].reasons[0]").value(containsString("rund 602 € im Monat")))
                .andExpect(jsonPath("$.results[0].reasons[0]").value(containsString("rund 1.013 €")))
                .andExpect(jsonPath("$.results[0].advice").doesNotExist())
                .andExpect(jsonPath("$.results[?(@.benefit == 'schuldnerberatung')].advice").value(hasSize(0)))
                .andExpect(jsonPath("$.notes[0]").value(containsString("keine Entscheidung")));
    }

    @Test
    void english() throws Exception {
        evaluate(body("false", ", \"date\": \"2025-06-01\""), "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].outcome").value("possible"))
                .andExpect(jsonPath("$.results[0].title").value("Citizen's income (Bürgergeld)"))
                .andExpect(jsonPath("$.results[0].reasons[0]").value(containsString("about €602 a month")))
                .andExpect(jsonPath("$.results[0].reasons[0]").value(containsString("about €1,013")))
                .andExpect(jsonPath("$.notes[0]").value(containsString("not a decision")));
    }

    @Test
    void withoutADateTodayInBerlinApplies() throws Exception {
        evaluate(body("false", ""), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2025-06-02"));
    }

    @Test
    void counsellingResultsGetAdviceOnlyWithAPostalCodeAndANoteWhenTheFinderIsMissing() throws Exception {
        evaluate(body("true", ", \"postalCode\": \"40227\""), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[?(@.benefit == 'schuldnerberatung')].outcome").value(contains("possible")))
                .andExpect(jsonPath("$.results[?(@.benefit == 'schuldnerberatung')].counselling").value(contains(true)))
                .andExpect(jsonPath("$.results[?(@.benefit == 'schuldnerberatung')].advice").value(hasSize(1)))
                .andExpect(jsonPath("$.results[?(@.benefit == 'schuldnerberatung')].advice[*]").value(hasSize(0)))
                .andExpect(jsonPath("$.results[?(@.benefit == 'buergergeld')].advice").value(hasSize(0)))
                .andExpect(jsonPath("$.notes").value(hasItem(containsString("Beratungsstellen in Ihrer Nähe"))));
        evaluate(body("true", ""), null)
                .andExpect(jsonPath("$.results[?(@.benefit == 'schuldnerberatung')].advice").value(hasSize(0)))
                .andExpect(jsonPath("$.notes").value(not(hasItem(containsString("Beratungsstellen in Ihrer Nähe")))));
    }

    @Test
    void badAnswersAreListedByIdWithoutTheirValues(CapturedOutput output) throws Exception {
        String answers = """
                {"answers": {"age": 987654, "residence": "mars", "workCapacity": "yes", "debts": "vielleicht",
                 "secretIncome": 4711}}""";
        String problem = evaluate(answers, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("answers.age", "answers.residence",
                        "answers.debts", "answers.secretIncome")))
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).doesNotContain("987654", "mars", "vielleicht", "4711");
        assertThat(output.getAll()).doesNotContain("987654", "mars", "vielleicht", "4711");
    }

    @Test
    void missingRequiredAnswersAreNamed() throws Exception {
        evaluate("{}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("answers.age", "answers.residence",
                        "answers.workCapacity")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"4022\"", "\"402270\"", "\"4O227\"", "40227", "[\"40227\"]"})
    void aBadPostalCodeIsNamed(String postalCode) throws Exception {
        evaluate(body("false", ", \"postalCode\": " + postalCode), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("postalCode")))
                .andExpect(jsonPath("$.detail").value(not(containsString("4022"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"01.06.2025\"", "\"2025-02-30\"", "\"2025-6-1\"", "20250601", "\"heute\""})
    void aBadDateIsNamed(String date) throws Exception {
        evaluate(body("false", ", \"date\": " + date), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("date")));
    }

    @Test
    void allMistakesComeInOneProblem() throws Exception {
        evaluate("{\"answers\": {\"age\": 10}, \"postalCode\": \"x\", \"date\": \"x\"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("postalCode", "date", "answers.age",
                        "answers.residence", "answers.workCapacity")));
    }

    @Test
    void notAnObjectOrNotJsonIs400() throws Exception {
        evaluate("[1, 2]", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        evaluate("{\"answers\": ", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        evaluate(body("false", ""), "de-DE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }
}
