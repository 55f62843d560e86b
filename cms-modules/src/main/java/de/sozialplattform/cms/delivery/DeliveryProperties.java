package de.sozialplattform.cms.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheMaxAge how long browsers and CDNs may reuse a Delivery API answer without asking again
 * @param previewTtl how long a preview token is valid
 */
@ConfigurationProperties("sozial.delivery")
record DeliveryProperties(@DefaultValue("60s") Duration cacheMaxAge, @DefaultValue("30m") Duration previewTtl) {
}
