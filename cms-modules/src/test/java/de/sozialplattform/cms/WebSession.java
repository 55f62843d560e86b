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
    private final CookieManager cookies;
    private final String base;
    private final String clientAddress;

    private WebSession(String base, CookieManager cookies, String clientAddress) {
        this.base = base;
        this.cookies = cookies;
        this.clientAddress = clientAddress;
        this.http = HttpClient.newBuilder().cookieHandler(new LocalhostIsSecure(cookies))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession on(int port) {
        return new WebSession("http://localhost:" + port, new CookieManager(), null);
    }

    /**
     * The same browser (same cookies) talking to another port, e.g. a second replica of the application.
     */
    public WebSession onPort(int port) {
        return new WebSession("http://localhost:" + port, cookies, clientAddress);
    }

    /**
     * The same browser seen from another client address: requests carry {@code X-Forwarded-For} as the load
     * balancer would add it (the tests run with {@code server.forward-headers-strategy=native}, as production does).
     */
    public WebSession from(String address) {
        return new WebSession(base, cookies, address);
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Sets a cookie as if the server had sent it (to replay an old session cookie). */
    public void setCookie(String name, String value) {
        cookies.getCookieStore().removeAll();
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    /** Signs in through the sign-in form; returns the answer to the form's POST (a redirect on success). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/anmelden");
        return post("/anmelden", csrfToken(page.body()), Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    /**
     * Gets a page and follows redirects wherever they lead (also to another server, like an identity provider),
     * keeping cookies as a browser does; returns the last answer, whose {@code uri()} is where the browser ended.
     */
    public HttpResponse<String> getFollowing(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base + pathOrUrl);
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
            var location = answer.headers().firstValue("Location");
            if (answer.statusCode() / 100 != 3 || location.isEmpty()) {
                return answer;
            }
            uri = uri.resolve(location.get());
        }
        throw new AssertionError("more than 10 redirects from " + pathOrUrl);
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
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
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

    /**
     * Browsers treat {@code http://localhost} as a secure context and send {@code Secure} cookies to it; Java's
     * cookie manager does not. This does what browsers do, so the tests run with the production cookie settings.
     */
    private static final class LocalhostIsSecure extends java.net.CookieHandler {

        private final CookieManager delegate;

        LocalhostIsSecure(CookieManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers)
                throws IOException {
            return delegate.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            delegate.put(secure(uri), headers);
        }

        private static URI secure(URI uri) {
            return "localhost".equals(uri.getHost()) && "http".equals(uri.getScheme())
                    ? URI.create("https" + uri.toString().substring(4)) : uri;
        }
    }
}
