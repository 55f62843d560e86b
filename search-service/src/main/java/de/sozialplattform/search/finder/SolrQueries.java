package de.sozialplattform.search.finder;

import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.UnavailableException;
import de.sozialplattform.search.solr.SearchIndex;
import java.io.IOException;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends finder queries to the live index. Solr's messages never reach the caller (they echo query syntax), and
 * are not logged either (they echo what citizens typed): a query Solr cannot parse is a 400 on {@code q}, an
 * unreachable Solr a 503.
 */
@Component
class SolrQueries implements AdviceCentreFinder.FinderSolr {

    private static final Logger log = LoggerFactory.getLogger(SolrQueries.class);

    private final SearchIndex index;

    SolrQueries(SearchIndex index) {
        this.index = index;
    }

    @Override
    public QueryResponse query(SolrParams params) {
        try {
            return index.client().query(params, SolrRequest.METHOD.POST);
        } catch (SolrException e) {
            if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                throw new InvalidParameterException("q", "could not be understood; use plain words");
            }
            log.warn("Search failed in Solr with status {}", e.code());
            throw unavailable();
        } catch (SolrServerException | IOException e) {
            log.warn("Search index not reachable: {}", e.getClass().getSimpleName());
            throw unavailable();
        }
    }

    private static UnavailableException unavailable() {
        return new UnavailableException("search-unavailable", "The search is not available at the moment; please try again later.");
    }
}
