package de.sozialplattform.cms.searchindex;

import de.sozialplattform.cms.assets.AttachmentTexts;
import de.sozialplattform.cms.outbox.OutboxConsumer;
import de.sozialplattform.cms.outbox.OutboxMessage;
import de.sozialplattform.search.solr.SearchIndex;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the live index in step with published advice-centre content. Each event only says which node changed: the
 * indexer re-reads the location's current published state (for an organisation: of every location that references
 * it now or is indexed under it) and writes that, so duplicates and reordering change nothing. A failed Solr write
 * throws, and the outbox delivers the event again later.
 *
 * <p>Folder events need nothing of their own: when a subtree is moved, deleted, published or unpublished the CMS
 * records an event for every published node in it, so each location below a folder arrives as its own event.
 */
@Component
class SearchIndexer implements OutboxConsumer {

    static final String NAME = "search-index";
    static final String WORKSPACE = "adviceCentres";
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final CentreUpdates updates;
    private final LocalLocations locations;
    private final JsonMapper json;
    private final boolean remote;
    private final AtomicBoolean ignoring = new AtomicBoolean();

    SearchIndexer(SearchIndex index, CentreUpdates updates, LocalLocations locations, JsonMapper json,
            SearchIndexProperties properties) {
        this.index = index;
        this.updates = updates;
        this.locations = locations;
        this.json = json;
        this.remote = properties.remote();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** With a remote source no events are recorded for the index at all: local content does not feed it. */
    @Override
    public Set<String> topics() {
        return remote ? Set.of() : Set.of(ContentEvent.TOPIC);
    }

    @Override
    public void handle(OutboxMessage message) throws IOException, SolrServerException {
        if (remote) {
            if (ignoring.compareAndSet(false, true)) {
                log.info("The search index is fed from a remote Delivery API; events of local content are ignored");
            }
            return;
        }
        apply(index.client(), List.of(ContentEvent.parse(json, message.payload())));
    }

    /** Re-reads the locations the events concern and writes them to {@code client}; returns how many. */
    int apply(SolrClient client, Collection<ContentEvent> events) throws IOException, SolrServerException {
        Set<String> ids = new LinkedHashSet<>();
        for (ContentEvent event : events) {
            if (AttachmentTexts.WORKSPACE.equals(event.workspace())) {
                // An attached file was published or unpublished: its text joins or leaves the locations citing it.
                ids.addAll(locations.idsReferencing(AttachmentTexts.PROPERTY, event.id()));
                continue;
            }
            if (!WORKSPACE.equals(event.workspace())) {
                continue;
            }
            if ("location".equals(event.nodeType())) {
                ids.add(event.id());
            } else if ("organisation".equals(event.nodeType())) {
                ids.addAll(locations.idsReferencing("organisation", event.id()));
                // also those indexed under it that no longer reference it or are gone: they are re-read, too
                ids.addAll(updates.indexedLocationsOf(client, event.id()));
            }
        }
        updates.refresh(client, ids);
        return ids.size();
    }
}
