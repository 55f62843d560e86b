package de.sozialplattform.cms.searchindex;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/reindex} (administrators): rebuilds the advice-centre index and answers when done. */
@RestController
class ReindexController {

    private final SearchReindex reindex;

    ReindexController(SearchReindex reindex) {
        this.reindex = reindex;
    }

    @Operation(summary = "Rebuild the advice-centre search index", description = "Builds a fresh index from all "
            + "published locations next to the live one, switches over and replays the changes made meanwhile; "
            + "searches keep working throughout. Administrators only; 409 while another reindex runs.",
            security = @SecurityRequirement(name = "basicAuth"))
    @PostMapping("/api/v1/admin/reindex")
    ReindexResult reindex() throws IOException, InterruptedException, SolrServerException {
        return reindex.reindex();
    }
}
