package de.sozialplattform.search.benefitfinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@WebMvcTest(QuestionsController.class)
@ContextConfiguration(classes = QuestionsApiTest.Config.class)
class QuestionsApiTest {

    /** The controller, the questionnaire of the checkout's light modules and the search API's problem advice. */
    @Configuration(proxyBeanMethods = false)
    @Import({QuestionsController.class, Questionnaire.class})
    @ComponentScan(basePackages = "de.sozialplattform.search.problem", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestControllerAdvice.class))
    static class Config {

        @Bean
        LightModules lightModules() {
            return QuestionnaireParserTest.load(QuestionnaireParserTest.SHIPPED);
        }
    }

    private static final String PATH = "/api/v1/benefit-finder/questions";

    @Autowired
    MockMvc mvc;

    @Autowired
    LightModules lightModules;

    @Autowired
    Questionnaire questionnaire;

    @Test
    void germanQuestionnaireWithTypesLimitsOptionsSkipLogicAndHelp() throws Exception {
        mvc.perform(get(PATH).param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(jsonPath("$.lang").value("de"))
                .andExpect(jsonPath("$.questions", hasSize(18)))
                .andExpect(jsonPath("$.questions[0].id").value("age"))
                .andExpect(jsonPath("$.questions[0].type").value("integer"))
                .andExpect(jsonPath("$.questions[0].required").value(true))
                .andExpect(jsonPath("$.questions[0].dontKnow").value(false))
                .andExpect(jsonPath("$.questions[0].min").value(15))
                .andExpect(jsonPath("$.questions[0].max").value(120))
                .andExpect(jsonPath("$.questions[0].askedWhen", hasSize(0)))
                .andExpect(jsonPath("$.questions[0].text").value("Wie alt sind Sie?"))
                .andExpect(jsonPath("$.questions[0].options").doesNotExist())
                .andExpect(jsonPath("$.questions[0].help").doesNotExist())
                .andExpect(jsonPath("$.questions[1].type").value("yesNo"))
                .andExpect(jsonPath("$.questions[1].min").doesNotExist())
                .andExpect(jsonPath("$.questions[4].id").value("childInSchoolOrDaycare"))
                .andExpect(jsonPath("$.questions[4].askedWhen[0].question").value("childrenUnder18"))
                .andExpect(jsonPath("$.questions[4].askedWhen[0].atLeast").value(1))
                .andExpect(jsonPath("$.questions[4].askedWhen[0].in").doesNotExist())
                .andExpect(jsonPath("$.questions[5].id").value("residence"))
                .andExpect(jsonPath("$.questions[5].type").value("choice"))
                .andExpect(jsonPath("$.questions[5].options[*].value").value(contains("german", "eu",
                        "residencePermit", "asylumSeeker", "toleration", "other")))
                .andExpect(jsonPath("$.questions[5].options[4].label").value("Duldung"))
                .andExpect(jsonPath("$.questions[10].id").value("assets"))
                .andExpect(jsonPath("$.questions[10].help").value(startsWith("Dazu zählen Bargeld")))
                .andExpect(jsonPath("$.questions[12].id").value("monthlyRent"))
                .andExpect(jsonPath("$.questions[12].askedWhen[0].question").value("housing"))
                .andExpect(jsonPath("$.questions[12].askedWhen[0].in").value(contains("rent")))
                .andExpect(jsonPath("$.questions[12].askedWhen[0].atLeast").doesNotExist())
                .andExpect(jsonPath("$.questions[14].type").value("multiChoice"))
                .andExpect(jsonPath("$.questions[14].options[10].value").value("none"))
                .andExpect(jsonPath("$.questions[14].options[10].label").value("Keine davon"))
                .andExpect(jsonPath("$.answers.yes").value("Ja"))
                .andExpect(jsonPath("$.answers.no").value("Nein"))
                .andExpect(jsonPath("$.answers.dontKnow").value("Weiß ich nicht"));
    }

    @Test
    void english() throws Exception {
        mvc.perform(get(PATH).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("en"))
                .andExpect(jsonPath("$.questions[0].text").value("How old are you?"))
                .andExpect(jsonPath("$.questions[5].options[4].label")
                        .value("Temporary suspension of deportation (Duldung)"))
                .andExpect(jsonPath("$.questions[10].help").value(startsWith("This includes cash")))
                .andExpect(jsonPath("$.answers.dontKnow").value("I don't know"));
    }

    @Test
    void germanByDefaultAndForALanguageWithoutTexts() throws Exception {
        for (String lang : new String[] {null, "", "fr", " EN "}) {
            var request = get(PATH);
            if (lang != null) {
                request.param("lang", lang);
            }
            String expected = " EN ".equals(lang) ? "How old are you?" : "Wie alt sind Sie?";
            mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.questions[0].text").value(expected))
                    .andExpect(jsonPath("$.answers.yes").value(expected.startsWith("How") ? "Yes" : "Ja"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "deutsch", "d", "../de", "de;en", "<b>"})
    void malformedLangIs400(String lang) throws Exception {
        mvc.perform(get(PATH).param("lang", lang))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a language code such as de or en"));
    }

    @Test
    void twoLangsAre400() throws Exception {
        mvc.perform(get(PATH).param("lang", "de", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void everyQuestionOptionAndHelpHasItsOwnTextInGermanAndEnglish() {
        Messages messages = lightModules.messages();
        for (String language : List.of("de", "en")) {
            Map<String, String> texts = messages.language(language);
            for (Question question : questionnaire.questions()) {
                String key = "benefitFinder.question." + question.id();
                assertThat(texts).as(language + ": " + key + ".text").containsKey(key + ".text");
                if (question.help()) {
                    assertThat(texts).as(language + ": " + key + ".help").containsKey(key + ".help");
                } else {
                    assertThat(texts).as(language + ": " + key + ".help (no help: true)").doesNotContainKey(key + ".help");
                }
                question.options().forEach(option -> assertThat(texts).as(language + ": " + option)
                        .containsKey("benefitFinder.option." + question.id() + "." + option));
            }
            for (String answer : List.of("yes", "no", "dontKnow")) {
                assertThat(texts).containsKey("benefitFinder.answer." + answer);
            }
        }
        // and the two languages really differ: no question was left untranslated
        questionnaire.questions().forEach(question -> assertThat(questionnaire.text(question, "en"))
                .isNotEqualTo(questionnaire.text(question, "de")));
    }
}
