package de.sozialplattform.cms.signin;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Login throttling with the default settings (5 failures per user name, 20 per address, 15 minutes), on the
 * sign-in form and on the API's HTTP Basic. Each test uses its own user names and client addresses (as the load
 * balancer reports them in {@code X-Forwarded-For}), so blocks do not reach other tests.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SignInThrottleContract {

    /** The sign-in page's answer to a wrong password (no lang: these forms carry none). */
    private static final String CREDENTIALS_FAILED = ".*/anmelden\\?fehler=$";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForFifteenMinutesInTheUsersLanguage() {
        String name = account("richtig");
        WebSession browser = WebSession.on(port).from(address());
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn(name, "falsch"))).matches(CREDENTIALS_FAILED);
        }
        String refused = location(browser.signIn(name, "richtig"));
        assertThat(refused).contains("fehler=gesperrt").contains("minuten=15");
        assertThat(browser.get("/redaktion").statusCode()).isEqualTo(302);
        assertThat(browser.get(path(refused)).body())
                .contains("Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 15 Minuten erneut.");
        assertThat(browser.get(path(refused) + "&lang=en").body())
                .contains("Too many failed sign-in attempts. Please try again in 15 minutes.");

        WebSession elsewhere = WebSession.on(port).from(address());
        assertThat(location(elsewhere.signIn(name, "richtig"))).as("the block is on the user name, wherever from")
                .contains("fehler=gesperrt");
    }

    @Test
    void anUnknownUserNameGetsExactlyTheSameAnswers() {
        String known = account("richtig");
        String unknown = "niemand-" + UUID.randomUUID();
        assertThat(answers(unknown)).isEqualTo(answers(known));
    }

    private List<String> answers(String name) {
        WebSession browser = WebSession.on(port).from(address());
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> answer = browser.signIn(name, "falsch");
            answers.add(answer.statusCode() + " " + path(location(answer)));
        }
        return answers;
    }

    @Test
    void anAddressThatTriesManyNamesIsRefusedWhileOthersStillSignIn() {
        String address = address();
        WebSession attacker = WebSession.on(port).from(address);
        for (int i = 0; i < 20; i++) {
            assertThat(location(attacker.signIn("rate-" + UUID.randomUUID(), "falsch"))).matches(CREDENTIALS_FAILED);
        }
        assertThat(location(attacker.signIn("reviewer", "reviewer"))).contains("fehler=gesperrt");

        WebSession colleague = WebSession.on(port).from(address());
        assertThat(location(colleague.signIn("reviewer", "reviewer"))).endsWith("/redaktion");
    }

    @Test
    void theApiAnswers429WithRetryAfterOnceTheUserNameIsBlocked() throws Exception {
        String name = account("richtig");
        String address = address();
        for (int i = 0; i < 5; i++) {
            assertThat(basic(name, "falsch", address).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = basic(name, "richtig", address);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"type\":\"/problems/too-many-sign-in-attempts\"").doesNotContain(name);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(850L, 900L));
        assertThat(location(WebSession.on(port).from(address()).signIn(name, "richtig")))
                .as("the form and the API count together").contains("fehler=gesperrt");
    }

    @Test
    void aSuccessfulSignInClearsTheUserNamesCount() {
        String name = account("richtig");
        WebSession browser = WebSession.on(port).from(address());
        for (int i = 0; i < 4; i++) {
            browser.signIn(name, "falsch");
        }
        assertThat(location(WebSession.on(port).from(address()).signIn(name, "richtig"))).endsWith("/redaktion");
        for (int i = 0; i < 4; i++) {
            browser.signIn(name, "falsch");
        }
        assertThat(location(WebSession.on(port).from(address()).signIn(name, "richtig"))).endsWith("/redaktion");
    }

    @Test
    void afterTheCoolDownTheRightPasswordWorksAgain() throws Exception {
        String name = account("richtig");
        WebSession browser = WebSession.on(port).from(address());
        for (int i = 0; i < 5; i++) {
            browser.signIn(name, "falsch");
        }
        assertThat(location(browser.signIn(name, "richtig"))).contains("fehler=gesperrt");

        // the cool-down passes (moved into the past rather than waited for)
        String key = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("user:" + name).getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("UPDATE sign_in_throttle SET blocked_until = :past WHERE throttle_key = :key")
                .param("past", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1)).param("key", key)
                .update()).as("the user name's row, stored as a hash").isEqualTo(1);
        assertThat(location(browser.signIn(name, "richtig"))).endsWith("/redaktion");
    }

    private HttpResponse<String> basic(String name, String password, String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/.rest/nodes/v1/pages/leistungen"))
                .header("X-Forwarded-For", address)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new editor with this password. */
    private String account(String password) {
        String name = "drossel-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, enabled) VALUES (:name, :hash, 'EDITOR', TRUE)")
                .param("name", name).param("hash", passwords.encode(password)).update();
        return name;
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
