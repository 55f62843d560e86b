/**
 * The advice-centre search index, fed from the content: {@link de.sozialplattform.cms.searchindex.SearchIndexer}
 * consumes the outbox and re-reads each changed location (or every location of a changed organisation) in its
 * Delivery API shape, maps it to the internal search document and writes it to Solr; {@code reindex} (admin API
 * and jar command) rebuilds the whole index next to the live one, switches over and replays the events that
 * arrived meanwhile. With {@code sozial.search.delivery-url} the locations come from a remote (Magnolia) Delivery
 * API instead, synchronised by a periodic reindex.
 */
package de.sozialplattform.cms.searchindex;
