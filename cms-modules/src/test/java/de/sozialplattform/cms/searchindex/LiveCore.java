package de.sozialplattform.cms.searchindex;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.search.solr.SearchIndex;
import org.apache.solr.client.solrj.request.CoreAdminRequest;

/**
 * Takes the embedded live core off line and back, through Solr's own core admin API: a real outage of the real
 * index (every search and update fails meanwhile), no stand-in client.
 */
final class LiveCore {

    /** The live core's name: the default of {@code sozial.solr.collection}. */
    private static final String LIVE = "advice-centres";

    private LiveCore() {
    }

    /** Unloads the live core, keeping its files; returns its directory for {@link #restart}. */
    static String stop(SearchIndex index) throws Exception {
        String instanceDir = (String) CoreAdminRequest.getStatus(LIVE, index.client()).getCoreStatus(LIVE)
                .get("instanceDir");
        CoreAdminRequest.unloadCore(LIVE, false, false, index.client());
        assertThat(index.ready()).isFalse();
        return instanceDir;
    }

    /** Loads the core again from its files, under the live name. */
    static void restart(SearchIndex index, String instanceDir) throws Exception {
        CoreAdminRequest.Create create = new CoreAdminRequest.Create();
        create.setCoreName(LIVE);
        create.setInstanceDir(instanceDir);
        create.setConfigSet(LIVE);
        create.process(index.client());
        assertThat(index.ready()).isTrue();
    }
}
