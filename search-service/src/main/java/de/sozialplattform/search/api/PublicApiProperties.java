package de.sozialplattform.search.api;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param corsOrigins origins whose pages may call the public API from the browser (partner portals embedding the
 *     widgets); {@code *} allows every origin, which suits a public read API without cookies
 */
@ConfigurationProperties("sozial.public-api")
public record PublicApiProperties(@DefaultValue("*") List<String> corsOrigins) {
}
