package de.sozialplattform.cms.webhook;

import de.sozialplattform.cms.outbox.OutboxConsumer;
import de.sozialplattform.cms.outbox.OutboxMessage;
import de.sozialplattform.cms.outbox.OutboxProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Delivers content events to every configured URL; any answer other than 2xx means "try again later". */
@Component
class WebhookConsumer implements OutboxConsumer {

    static final String SIGNATURE_HEADER = "X-Sozialplattform-Signature";
    private static final Logger log = LoggerFactory.getLogger(WebhookConsumer.class);

    private final WebhookProperties properties;
    private final HttpClient client;

    WebhookConsumer(WebhookProperties properties, OutboxProperties outbox) {
        this.properties = properties;
        Duration worstCase = properties.timeout().multipliedBy(2L * properties.urls().size());
        if (!properties.urls().isEmpty() && outbox.lease().compareTo(worstCase) <= 0) {
            log.warn("sozial.outbox.lease ({}) is not longer than a webhook delivery may take ({}: connect and answer"
                    + " timeout for {} URL(s)); a slow receiver may then get an event twice", outbox.lease(), worstCase,
                    properties.urls().size());
        }
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public Set<String> topics() {
        return properties.urls().isEmpty() ? Set.of() : Set.of("content");
    }

    @Override
    public void handle(OutboxMessage message) throws IOException, InterruptedException {
        for (URI url : properties.urls()) {
            send(url, message);
        }
    }

    private void send(URI url, OutboxMessage message) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "sozialplattform-" + message.eventId())
                .header("X-Sozialplattform-Topic", message.topic())
                .POST(HttpRequest.BodyPublishers.ofString(message.payload(), StandardCharsets.UTF_8));
        if (properties.signed()) {
            request.header(SIGNATURE_HEADER, "sha256=" + hmac(message.payload()));
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // Name the receiver: the bare exception (e.g. "ConnectException: null") says nothing in the dead letters.
            throw new IOException("webhook " + url + " not reachable: " + e, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook " + url + " answered " + response.statusCode());
        }
    }

    private String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
