package de.sozialplattform.search.centres;

/**
 * Labels of taxonomy ids for the free-text fields, so "Schuldnerberatung" finds a location tagged
 * {@code schuldnerberatung} and "gambling" one tagged {@code spielsucht}. The application adapts the taxonomy of
 * the light modules to it.
 */
@FunctionalInterface
public interface TaxonomyLabels {

    /** Without a taxonomy only the ids themselves are indexed. */
    TaxonomyLabels IDS_ONLY = (kind, id, lang) -> id;

    /**
     * @param kind {@code type}, {@code topic}, {@code targetGroup} or {@code channel}
     * @return the label in {@code lang}; null or the id itself when there is none
     */
    String label(String kind, String id, String lang);
}
