package de.sozialplattform.search.geo;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

@WebMvcTest(PlacesController.class)
@ContextConfiguration(classes = PlacesControllerTest.Config.class)
class PlacesControllerTest {

    /** The controller, the search API's problem advice (package-private, hence scanned) and a fixture gazetteer. */
    @Configuration(proxyBeanMethods = false)
    @Import(PlacesController.class)
    @ComponentScan(basePackages = "de.sozialplattform.search.problem", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = RestControllerAdvice.class))
    static class Config {

        @Bean
        Gazetteer gazetteer() {
            return new Gazetteer(fixture());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Gazetteer gazetteer;

    @AfterEach
    void reload() {
        gazetteer.install(fixture());
    }

    @Test
    void answersSuggestionsWithPostalCodeNameStateAndPoint() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "düss").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", "max-age=3600, public"))
                .andExpect(jsonPath("$.results", hasSize(2)))
                .andExpect(jsonPath("$.results[0]", aMapWithSize(5)))
                .andExpect(jsonPath("$.results[0].postalCode").value("40210"))
                .andExpect(jsonPath("$.results[0].name").value("Düsseldorf"))
                .andExpect(jsonPath("$.results[0].state").value("Nordrhein-Westfalen"))
                .andExpect(jsonPath("$.results[0].lat").isNumber())
                .andExpect(jsonPath("$.results[0].lon").isNumber())
                .andExpect(jsonPath("$.results[1].name").value("Dußlingen"));
    }

    @Test
    void defaultLimitIsTenAndPostalCodePrefixesWork() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(10)));
        mvc.perform(get("/api/v1/places").param("q", "40227"))
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].lat").value(51.2117));
        mvc.perform(get("/api/v1/places").param("q", "Atlantis"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(0)));
    }

    @Test
    void missingQIs400NamingQ() throws Exception {
        mvc.perform(get("/api/v1/places"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''            | 10  | q",
        "'   '         | 10  | q",
        "'Köln\u0007'  | 10  | q",
        "düss          | 0   | limit",
        "düss          | 11  | limit",
        "düss          | -1  | limit",
        "düss          | abc | limit"})
    void badParametersAre400NamingTheParameter(String q, String limit, String parameter) throws Exception {
        mvc.perform(get("/api/v1/places").param("q", q).param("limit", limit))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }

    @Test
    void tooLongQIs400() throws Exception {
        mvc.perform(get("/api/v1/places").param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void unavailableGazetteerIs503Problem() throws Exception {
        gazetteer.install(null);
        mvc.perform(get("/api/v1/places").param("q", "düss"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/geocoding-unavailable"))
                .andExpect(jsonPath("$.status").value(503));
    }

    private static GazetteerIndex fixture() {
        try {
            return GazetteerIndex.build(PostalCodeFile.read(GeoFixtures.csv()).rows());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
