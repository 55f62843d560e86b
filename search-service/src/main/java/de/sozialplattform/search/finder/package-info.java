/**
 * The Beratungsstellenfinder's public API: {@code GET /api/v1/advice-centres} (search by place or coordinates,
 * radius, type, topic, target group, free text and flags, with facets and suggestions),
 * {@code GET /api/v1/advice-centres/{id}} (one location with its announcements and sister locations). Reads only
 * Solr, the gazetteer and the taxonomy. User text reaches Solr only as sanitised, escaped parameter values.
 */
package de.sozialplattform.search.finder;
