package de.sozialplattform.cms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the editorial web over real HTTP: keeps cookies, does not follow redirects (tests
 * look at them), and sends forms with the CSRF token of the page they came from, as a browser would.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient http;
    private final String base;

    private WebSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession on(int port) {
        return new WebSession("http://localhost:" + port);
    }

    /** Signs in through the sign-in form; returns the answer to the form's POST (a redirect on success). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/anmelden");
        return post("/anmelden", csrfToken(page.body()), Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    /** Posts a form; {@code csrf} is the token of the page the form is on, or {@code null} to leave it out. */
    public HttpResponse<String> post(String path, String csrf, Map<String, String> fields) {
        return post(path, csrf, List.copyOf(new LinkedHashMap<>(fields).entrySet()));
    }

    /** Posts a form with repeated names (multi-selects), in the given order. */
    public HttpResponse<String> post(String path, String csrf, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        String body = all.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the first form on the page. */
    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page:\n" + html);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
