package de.sozialplattform.bench;

import de.sozialplattform.search.solr.SearchIndexes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real standalone Solr node (Jetty, HTTP on a free port, context {@code /solr}) in this process, set up as an
 * operator would for the application's HTTP mode: a solr home with the advice-centre configset, read from the
 * search-service jar, in {@code configsets/}. The application creates its core there itself.
 */
final class SolrNode implements AutoCloseable {

    static final String CONFIGSET = "advice-centres";

    private final JettySolrRunner jetty;

    private SolrNode(JettySolrRunner jetty) {
        this.jetty = jetty;
    }

    static SolrNode start(Path solrHome) throws Exception {
        Files.createDirectories(solrHome);
        Files.writeString(solrHome.resolve("solr.xml"), "<solr/>\n");
        SearchIndexes.installConfigset(solrHome, CONFIGSET);
        JettySolrRunner jetty = new JettySolrRunner(solrHome.toString(),
                JettyConfig.builder().setContext("/solr").setPort(0).stopAtShutdown(true).build());
        jetty.start();
        return new SolrNode(jetty);
    }

    /** The node's base URL, e.g. {@code http://127.0.0.1:41234/solr}. */
    String url() {
        return jetty.getBaseUrl().toString();
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
