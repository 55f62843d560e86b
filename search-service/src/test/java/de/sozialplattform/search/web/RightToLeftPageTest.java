package de.sozialplattform.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A right-to-left language needs only its message bundle: the layout then says {@code dir="rtl"}, offers the
 * language under its own name, and shows German where a text is not translated yet.
 */
class RightToLeftPageTest {

    @TempDir
    Path modules;
    LightModules lightModules;
    MockMvc mvc;

    @BeforeEach
    void withAnArabicBundle() throws IOException {
        Path i18n = modules.resolve("sozialplattform/i18n");
        Files.createDirectories(i18n);
        for (String lang : List.of("de", "en")) {
            String bundle = "sozialplattform-messages_" + lang + ".properties";
            Files.copy(Path.of("..", "light-modules", "sozialplattform", "i18n", bundle), i18n.resolve(bundle));
        }
        Files.writeString(i18n.resolve("sozialplattform-messages_ar.properties"),
                "web.home.title=العثور على المساعدة الاجتماعية بسهولة\n", StandardCharsets.UTF_8);
        lightModules = new LightModules(new LightModulesProperties(modules, Duration.ofMinutes(1)), List.of());
        mvc = PageMvc.of(lightModules, new HomePage());
    }

    @Test
    void anArabicPageIsRightToLeftWithGermanWhereNotTranslated() throws Exception {
        Document page = page("/?lang=ar");
        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("h1").text()).isEqualTo("العثور على المساعدة الاجتماعية بسهولة");
        assertThat(page.select("main .lead").text()).as("not translated: German").startsWith("Hier finden Sie");
        assertThat(page.select("a[hreflang=ar]").text()).isEqualTo("العربية");
        assertThat(page.select("a[hreflang=ar]").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("a[hreflang=ar]").attr("aria-current")).isEqualTo("true");
        assertThat(page.select("a[hreflang]").eachAttr("hreflang")).as("German first").containsExactly("de", "ar", "en");

        Document german = page("/");
        assertThat(german.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(german.select("a[hreflang=ar]").attr("dir")).isEqualTo("rtl");
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
