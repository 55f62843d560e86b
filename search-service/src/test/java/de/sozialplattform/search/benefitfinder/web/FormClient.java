package de.sozialplattform.search.benefitfinder.web;

import java.io.IOException;
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
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Uses server-rendered pages as a browser without JavaScript does: follows links, fills in a page's form and posts
 * it with the button pressed (its name, value and {@code formaction}). Remembers every URL it requested, so tests
 * can check that no answer ever travelled in one.
 */
final class FormClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final List<URI> requested = new ArrayList<>();

    FormClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** A page as the test saw it. */
    record Page(int status, Map<String, List<String>> headers, Document document, byte[] bytes) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return document.body().text();
        }
    }

    Page get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * Submits the page's form that holds the button, with the fields as they are plus {@code changes} (field name
     * → values; an empty list clears a field).
     */
    Page press(Page page, String buttonName, String buttonValue, Map<String, List<String>> changes) {
        Element button = page.document().select("button[name=" + buttonName + "][value=" + buttonValue + "]").first();
        if (button == null) {
            throw new AssertionError("no button " + buttonName + "=" + buttonValue + " on the page: " + page.text());
        }
        return submit(page, button, changes);
    }

    /** Submits the form of the first button matching a CSS selector. */
    Page pressFirst(Page page, String selector) {
        Element button = page.document().select(selector).first();
        if (button == null) {
            throw new AssertionError("no " + selector + " on the page: " + page.text());
        }
        return submit(page, button, Map.of());
    }

    private Page submit(Page page, Element button, Map<String, List<String>> changes) {
        Element form = button.closest("form");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            fields.computeIfAbsent(input.attr("name"), name -> new ArrayList<>()).add(input.attr("value"));
        }
        fields.putAll(changes);
        if (button.hasAttr("name")) {
            fields.computeIfAbsent(button.attr("name"), name -> new ArrayList<>()).add(button.attr("value"));
        }
        String action = button.hasAttr("formaction") ? button.attr("formaction") : form.attr("action");
        String body = fields.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    List<URI> requested() {
        return List.copyOf(requested);
    }

    private Page send(HttpRequest request) {
        requested.add(request.uri());
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            Document document = type.startsWith("text/html")
                    ? Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), request.uri().toString())
                    : Jsoup.parse("");
            return new Page(response.statusCode(), response.headers().map(), document, response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
