package de.sozialplattform.cms.searchindex;

import de.sozialplattform.cms.assets.AttachmentTexts;
import de.sozialplattform.search.centres.AdviceCentre;
import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.centres.AdviceCentreMapper;
import de.sozialplattform.search.centres.SolrFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import tools.jackson.databind.JsonNode;

/**
 * Writes locations into an index: their current published state (added or replaced), or their removal when they
 * are not indexable. Every write returns only once Solr has acknowledged it (its update log makes it durable);
 * {@code commitWithin} makes it visible to searches soon after.
 */
class CentreUpdates {

    private static final int ROWS = 1000;

    private final LocalLocations locations;
    private final AdviceCentreMapper mapper;
    private final AdviceCentreDocuments documents;
    private final SearchIndexProperties properties;
    private final AttachmentTexts attachments;

    CentreUpdates(LocalLocations locations, AdviceCentreMapper mapper, AdviceCentreDocuments documents,
            SearchIndexProperties properties, AttachmentTexts attachments) {
        this.attachments = attachments;
        this.locations = locations;
        this.mapper = mapper;
        this.documents = documents;
        this.properties = properties;
    }

    /** The Solr document of a location read from a source; empty when it must not be found. */
    Optional<SolrInputDocument> document(Map<String, JsonNode> byLanguage) {
        return mapper.map(byLanguage).map(centre -> withAttachments(centre, byLanguage)).map(documents::toSolr);
    }

    /** Re-reads each location of this CMS and writes what it is now: a document, or a delete by id. */
    void refresh(SolrClient client, Collection<String> ids) throws IOException, SolrServerException {
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += properties.batchSize()) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + properties.batchSize()));
            UpdateRequest update = new UpdateRequest();
            for (String id : batch) {
                Optional<AdviceCentre> centre = locations.byId(id)
                        .flatMap(byLanguage -> mapper.map(byLanguage).map(found -> withAttachments(found, byLanguage)));
                if (centre.isPresent()) {
                    update.add(documents.toSolr(centre.get()));
                } else {
                    update.deleteById(id);
                }
            }
            update.setCommitWithin((int) properties.commitWithin().toMillis());
            send(client, update, batch.size());
        }
    }

    /**
     * The text of the location's published attached files. Only files of this CMS are known: a remote Delivery API
     * shows attachments as ids whose files and text this process does not have, so they add nothing.
     */
    private AdviceCentre withAttachments(AdviceCentre centre, Map<String, JsonNode> byLanguage) {
        List<String> ids = new ArrayList<>();
        byLanguage.get(AdviceCentreMapper.DEFAULT_LANGUAGE).path(AttachmentTexts.PROPERTY)
                .forEach(id -> ids.add(id.asString("")));
        return ids.isEmpty() ? centre : attachments.publishedText(ids).map(centre::withAttachmentText).orElse(centre);
    }

    /**
     * Adds fresh documents to a rebuild. No {@code commitWithin}: the switch-over commits, and a commit timer left
     * on a core that the switch-over then drops would fail.
     */
    void add(SolrClient client, List<SolrInputDocument> batch) throws IOException, SolrServerException {
        if (!batch.isEmpty()) {
            send(client, new UpdateRequest().add(batch), batch.size());
        }
    }

    /** Ids of the locations the index holds for an organisation, whatever the content says now. */
    Set<String> indexedLocationsOf(SolrClient client, String organisationId) throws IOException, SolrServerException {
        Set<String> ids = new LinkedHashSet<>();
        List<String> page;
        do {
            SolrQuery query = new SolrQuery("*:*").addFilterQuery("{!term f=" + SolrFields.ORGANISATION_ID + "}"
                    + organisationId).setFields(SolrFields.ID).setSort(SolrFields.ID, SolrQuery.ORDER.asc)
                    .setStart(ids.size()).setRows(ROWS);
            query.set("defType", "lucene"); // the handler's default is edismax for user text
            page = new ArrayList<>();
            for (SolrDocument doc : query(client, query)) {
                page.add((String) doc.getFieldValue(SolrFields.ID));
            }
            ids.addAll(page);
        } while (page.size() == ROWS);
        return ids;
    }

    private static List<SolrDocument> query(SolrClient client, SolrQuery query) throws IOException, SolrServerException {
        try {
            return client.query(query).getResults();
        } catch (SolrException e) {
            throw new IOException("Solr did not answer a query: " + e.getClass().getSimpleName() + " " + e.code(), e);
        }
    }

    private static void send(SolrClient client, UpdateRequest update, int locations)
            throws IOException, SolrServerException {
        try {
            int status = update.process(client).getStatus();
            if (status != 0) {
                throw new IOException("Solr answered status " + status + " to an update of " + locations + " location(s)");
            }
        } catch (SolrException e) {
            // Solr's own message may quote field values; the event log and dead letters keep only the kind of failure.
            throw new IOException("Solr did not accept an update of " + locations + " location(s): "
                    + e.getClass().getSimpleName() + " " + e.code(), e);
        }
    }
}
