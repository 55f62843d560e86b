package de.sozialplattform.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.results.Rule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.web.util.HtmlUtils;

/**
 * The browser harness itself: Chromium starts, pages load and forms submit, the window starts phone-sized, and the
 * accessibility check passes a clean page and names the violations of a broken one. Pages come from a JDK HTTP
 * server on loopback, so this needs neither Spring nor the web UI.
 */
@UsesBrowser
class BrowserHarnessTest {

    private static final String ACCESSIBLE = """
            <!DOCTYPE html>
            <html lang="de">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Leistungsfinder – Test</title></head>
            <body>
              <main>
                <h1>Welche Leistungen passen zu Ihnen?</h1>
                <form method="post" action="/antwort">
                  <label for="name">Ihr Name</label>
                  <input id="name" name="name" type="text" autocomplete="name">
                  <button type="submit">Weiter</button>
                </form>
              </main>
            </body>
            </html>
            """;

    /** Three WCAG A violations: no lang (html-has-lang), img without alt (image-alt), input without label (label). */
    private static final String BROKEN = """
            <!DOCTYPE html>
            <html>
            <head><meta charset="utf-8"><title>Kaputt</title></head>
            <body>
              <main>
                <h1>Kaputte Seite</h1>
                <img src="/logo.png" width="40" height="40">
                <form method="post" action="/antwort">
                  <input id="plz" name="plz" type="text">
                  <button type="submit">Suchen</button>
                </form>
              </main>
            </body>
            </html>
            """;

    private static HttpServer server;
    private static String base;
    private static Browser first;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/barrierefrei", exchange -> send(exchange, 200, ACCESSIBLE));
        server.createContext("/kaputt", exchange -> send(exchange, 200, BROKEN));
        server.createContext("/antwort", BrowserHarnessTest::answer);
        server.createContext("/", exchange -> send(exchange, 404, "<!DOCTYPE html><title>404</title>"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void loadsAPageAndPassesTheAccessibilityCheck(Browser browser) {
        browser.open(base + "/barrierefrei");

        assertThat(browser.title()).isEqualTo("Leistungsfinder – Test");
        assertThat(browser.text("h1")).isEqualTo("Welche Leistungen passen zu Ihnen?");
        assertThat(browser.version()).isNotBlank();
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void fillsAFieldAndSubmitsTheFormByPost(Browser browser) {
        browser.open(base + "/barrierefrei")
                .fill("#name", "Zoë Müller & Co <b>")
                .submit("button[type=submit]");

        assertThat(browser.url()).isEqualTo(base + "/antwort");
        assertThat(browser.text("h1")).isEqualTo("Hallo, Zoë Müller & Co <b>!");
        assertThat(browser.text("#method")).isEqualTo("POST");
        Accessibility.assertNoViolations(browser);
    }

    @Test
    void findsTheViolationsOfABrokenPage(Browser browser) {
        browser.open(base + "/kaputt");

        List<Rule> violations = Accessibility.violations(browser);

        assertThat(violations).extracting(Rule::getId)
                .containsExactlyInAnyOrder("html-has-lang", "image-alt", "label");
        assertThatThrownBy(() -> Accessibility.assertNoViolations(browser))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("3 accessibility rule(s) violated on " + base + "/kaputt (3 element(s)")
                .hasMessageContaining("[critical] image-alt: Images must have alternative text")
                .hasMessageContaining("  - img\n    <img src=\"/logo.png\" width=\"40\" height=\"40\">")
                .hasMessageContaining("] label: Form elements must have labels")
                .hasMessageContaining("  - #plz\n    <input id=\"plz\" name=\"plz\" type=\"text\">")
                .hasMessageContaining("] html-has-lang: <html> element must have a lang attribute")
                .hasMessageContaining("https://dequeuniversity.com/rules/axe/");
    }

    @Test
    void startsEveryTestPhoneSizedAndResizes(Browser browser) {
        browser.open(base + "/barrierefrei").script("document.body.style.height = '3000px'");
        assertThat(browser.viewport()).isEqualTo(new Dimension(390, 844));
        assertThat(browser.script("return document.documentElement.clientWidth")).isEqualTo(390L);
        assertThat(browser.script("return matchMedia('(pointer: coarse)').matches")).isEqualTo(true);

        browser.resize(Browser.DESKTOP);
        assertThat(browser.viewport()).isEqualTo(new Dimension(1280, 800));
        assertThat(browser.script("return document.documentElement.clientWidth")).isEqualTo(1280L - 15);
        assertThat(browser.script("return matchMedia('(pointer: coarse)').matches")).isEqualTo(false);

        browser.resize(Browser.Screen.phone(320, 568)).open(base + "/barrierefrei");
        assertThat(browser.viewport()).isEqualTo(new Dimension(320, 568));
    }

    @Test
    void resetForgetsCookiesAndStorage(Browser browser) {
        browser.open(base + "/barrierefrei")
                .script("document.cookie = 'sitzung=1; path=/'; localStorage.setItem('antwort', '42');");
        assertThat(browser.script("return document.cookie")).isEqualTo("sitzung=1");

        browser.reset();
        browser.open(base + "/barrierefrei");

        assertThat(browser.script("return document.cookie")).isEqualTo("");
        assertThat(browser.script("return localStorage.getItem('antwort')")).isNull();
        assertThat(browser.url()).isEqualTo(base + "/barrierefrei");
    }

    @Test
    void oneBrowserServesAllTests(Browser browser) {
        synchronized (BrowserHarnessTest.class) {
            if (first == null) {
                first = browser;
            }
        }
        assertThat(browser).isSameAs(first);
        assertThat(browser.startup()).isPositive();
    }

    @Test
    void theSameBrowserAgain(Browser browser) {
        oneBrowserServesAllTests(browser);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        String name = HtmlUtils.htmlEscape(form.getOrDefault("name", ""), "UTF-8");
        send(exchange, 200, """
                <!DOCTYPE html>
                <html lang="de">
                <head><meta charset="utf-8"><title>Antwort</title></head>
                <body><main><h1>Hallo, %s!</h1><p>Methode: <span id="method">%s</span></p></main></body>
                </html>
                """.formatted(name, exchange.getRequestMethod()));
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
