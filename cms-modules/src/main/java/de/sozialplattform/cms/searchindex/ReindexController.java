package de.sozialplattform.cms.searchindex;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/reindex} (administrators): rebuilds the advice-centre index and answers when done; 409
 * while another reindex runs. Described in the OpenAPI document by {@code apidocs.SearchAdminPaths}.
 */
@RestController
class ReindexController {

    private final SearchReindex reindex;

    ReindexController(SearchReindex reindex) {
        this.reindex = reindex;
    }

    @PostMapping("/api/v1/admin/reindex")
    ReindexResult reindex() throws IOException, InterruptedException, SolrServerException {
        return reindex.reindex();
    }
}
