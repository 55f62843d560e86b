package de.sozialplattform.search.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;

/** A fresh index being filled; {@link #switchOver} makes it the live one, {@link #close} without it discards it. */
public interface Rebuild extends AutoCloseable {

    /** Updates go to the fresh index only. */
    SolrClient client();

    /** Commits the fresh index, points the live name at it (core swap or alias) and drops the old one. */
    void switchOver() throws IOException, SolrServerException;

    /** Discards the fresh index unless it was switched over. */
    @Override
    void close();
}
