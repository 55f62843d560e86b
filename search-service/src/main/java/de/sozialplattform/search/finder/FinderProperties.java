package de.sozialplattform.search.finder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the advice-centre search.
 *
 * @param defaultRadiusKm radius when a location is given without {@code radiusKm}
 * @param maxRadiusKm largest radius a caller may ask for
 * @param defaultSize page size without {@code size}
 * @param maxSize largest page size
 * @param maxResultWindow how deep a caller may page ({@code (page + 1) * size}); deep pages are expensive in Solr
 * @param maxTextLength longest free text accepted in {@code q}
 * @param maxTerms most words accepted in {@code q} (each becomes query clauses)
 * @param suggestions how many nearest matches beyond the radius to suggest when nothing lies within it
 * @param otherLocations most sister locations shown with one location
 */
@ConfigurationProperties("sozial.finder")
public record FinderProperties(
        @DefaultValue("25") int defaultRadiusKm,
        @DefaultValue("200") int maxRadiusKm,
        @DefaultValue("20") int defaultSize,
        @DefaultValue("100") int maxSize,
        @DefaultValue("10000") int maxResultWindow,
        @DefaultValue("200") int maxTextLength,
        @DefaultValue("10") int maxTerms,
        @DefaultValue("5") int suggestions,
        @DefaultValue("50") int otherLocations) {
}
