package de.sozialplattform.cms.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urls receivers of content events; none means no webhook events are recorded at all
 * @param secret key of the HMAC-SHA256 signature header; none means unsigned requests
 * @param timeout how long to wait for a receiver before the attempt counts as failed
 */
@ConfigurationProperties("sozial.webhooks")
public record WebhookProperties(List<URI> urls, String secret, @DefaultValue("10s") Duration timeout) {

    public WebhookProperties {
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    boolean signed() {
        return secret != null && !secret.isBlank();
    }

    @Override
    public String toString() {
        return "WebhookProperties[urls=" + urls + ", secret=" + (signed() ? "***" : "none") + ", timeout=" + timeout + "]";
    }
}
