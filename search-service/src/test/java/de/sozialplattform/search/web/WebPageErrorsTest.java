package de.sozialplattform.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import de.sozialplattform.search.problem.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

/** A failing page shows an error page in the layout and the page's language, never problem JSON or a stack. */
class WebPageErrorsTest {

    final MockMvc mvc = PageMvc.of(new LightModules(new LightModulesProperties(Path.of("..", "light-modules"),
            Duration.ofMinutes(1)), List.of()), new FailingPages());

    @Controller
    @WebPage
    static class FailingPages {

        @GetMapping("/unavailable")
        String unavailable() {
            throw new UnavailableException("benefit-finder-unavailable", "secret internal detail");
        }

        @GetMapping("/broken")
        String broken() {
            throw new IllegalStateException("answers: assets=987651");
        }
    }

    @Test
    void anUnavailableServiceIsA503PageInGerman() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/unavailable")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("h1").text()).isEqualTo("Gerade nicht erreichbar");
        assertThat(page.text()).doesNotContain("secret internal detail");
    }

    @Test
    void anUnexpectedErrorIsA500PageInTheRequestedLanguageWithoutItsMessage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/broken?lang=en")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(500);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
        assertThat(page.text()).doesNotContain("987651");
    }
}
