package de.sozialplattform.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the advice-centre {@link SearchIndex} in the configured mode; used by the Spring configuration and tests. */
public final class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private SearchIndexes() {
    }

    /**
     * Opens the index the settings describe and creates the live core, or collection and alias, if missing. An
     * embedded Solr that cannot start fails here; a remote Solr that does not answer yet only leaves the index
     * unready. The caller closes the index.
     */
    public static SearchIndex create(SolrProperties properties) {
        Configset configset = Configset.fromClasspath();
        return switch (properties.mode()) {
            case EMBEDDED -> {
                if (properties.dataDir() == null) {
                    throw new IllegalArgumentException("the embedded Solr needs sozial.solr.data-dir");
                }
                log.info("Solr mode embedded, live core {} under {}", properties.collection(),
                        properties.dataDir().toAbsolutePath().normalize());
                try {
                    yield EmbeddedSearchIndex.start(properties, configset);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot set up the embedded Solr in " + properties.dataDir(), e);
                }
            }
            case HTTP -> {
                log.info("Solr mode http, node {}, live core {}", withoutUserInfo(properties.url()),
                        properties.collection());
                yield HttpSearchIndex.start(properties);
            }
            case CLOUD -> {
                log.info("Solr mode cloud, ZooKeeper {}, live alias {}", properties.zkHosts(),
                        properties.collection());
                yield CloudSearchIndex.start(properties, configset);
            }
        };
    }

    /**
     * Writes the advice-centre configset to {@code <solrHome>/configsets/<configsetName>/conf}, where a Solr node
     * looks for the configset of a new core (HTTP mode). Replaces an older copy.
     */
    public static void installConfigset(Path solrHome, String configsetName) throws IOException {
        Configset.fromClasspath().writeTo(solrHome.resolve("configsets").resolve(configsetName).resolve("conf"));
    }

    /** True if the index answers a match-all query; the probe of {@link SearchIndex#ready()}. */
    static boolean answers(SolrClient client) {
        SolrQuery probe = new SolrQuery("*:*");
        probe.set("defType", "lucene");
        probe.setRows(0);
        try {
            client.query(probe);
            return true;
        } catch (Exception e) { // whatever the client throws (I/O, Solr error, closed client) means "not ready"
            log.debug("Solr does not answer: {}", e.toString());
            return false;
        }
    }

    static void closeQuietly(AutoCloseable client) {
        try {
            client.close();
        } catch (Exception e) {
            log.debug("Closing a Solr client failed: {}", e.toString());
        }
    }

    /** The URL for logs: credentials in it stay out. */
    static String withoutUserInfo(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getUserInfo() == null ? url : url.replace(uri.getRawUserInfo() + "@", "");
        } catch (IllegalArgumentException e) {
            return "(malformed URL)";
        }
    }
}
