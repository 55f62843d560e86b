package de.sozialplattform.search.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.CoreDescriptor;
import org.apache.solr.core.SolrCore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solr inside the application: a {@link CoreContainer} whose solr home is the data directory. Cores live in
 * {@code <dataDir>/cores/} and are found again at restart through their {@code core.properties}; all use the
 * configset in {@code <dataDir>/configsets/}, refreshed from the class path at every start. A rebuild is a second
 * core that is swapped with the live one; the swap rewrites both {@code core.properties}, so after a restart the
 * live name still names the new core, whatever its directory is called.
 */
final class EmbeddedSearchIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSearchIndex.class);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(30);

    /** Node configuration: cores only under cores/ (discovery must not walk the configsets), no metrics. */
    private static final String SOLR_XML = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <!-- Written by the Sozialplattform at every start of the embedded Solr; edits are overwritten. -->
            <solr>
              <str name="coreRootDirectory">cores</str>
              <metrics enabled="false"/>
            </solr>
            """;

    private final CoreContainer container;
    private final String liveName;
    private final String configsetName;
    private final Path coresDir;
    private final EmbeddedSolrServer client;

    private EmbeddedSearchIndex(CoreContainer container, SolrProperties properties) {
        this.container = container;
        this.liveName = properties.collection();
        this.configsetName = properties.configsetName();
        this.coresDir = container.getCoreRootDirectory();
        this.client = new EmbeddedSolrServer(container, liveName);
    }

    static EmbeddedSearchIndex start(SolrProperties properties, Configset configset) throws IOException {
        Path home = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(home.resolve("cores"));
        Files.writeString(home.resolve("solr.xml"), SOLR_XML);
        configset.writeTo(home.resolve("configsets").resolve(properties.configsetName()).resolve("conf"));
        CoreContainer container = CoreContainer.createAndLoad(home);
        try {
            EmbeddedSearchIndex index = new EmbeddedSearchIndex(container, properties);
            index.dropAbandonedRebuilds();
            index.createLiveIfMissing();
            return index;
        } catch (RuntimeException e) {
            container.shutdown();
            throw e;
        }
    }

    @Override
    public SolrClient client() {
        return client;
    }

    @Override
    public Rebuild startRebuild() {
        String name = IndexNames.rebuildCore(liveName);
        createCore(name);
        return new EmbeddedRebuild(name);
    }

    @Override
    public boolean ready() {
        return !container.isShutDown() && container.isLoaded(liveName) && SearchIndexes.answers(client);
    }

    @Override
    public void close() {
        container.shutdown();
    }

    /** For tests of this package: the cores behind the index. */
    CoreContainer container() {
        return container;
    }

    /** A rebuild core left over by a crash is unusable: the outbox events it missed are gone. */
    private void dropAbandonedRebuilds() {
        for (String name : container.getAllCoreNames()) {
            if (name.startsWith(IndexNames.rebuildPrefix(liveName))) {
                log.warn("Dropping the abandoned rebuild core {}", name);
                container.unload(name, true, true, true);
            }
        }
    }

    private void createLiveIfMissing() {
        CoreContainer.CoreLoadFailure failure = container.getCoreInitFailures().get(liveName);
        if (failure != null) {
            throw new IllegalStateException("The embedded Solr core " + liveName + " under " + coresDir
                    + " does not load; move the directory away and reindex", failure.exception);
        }
        if (!container.getAllCoreNames().contains(liveName)) {
            log.info("Creating the embedded Solr core {}", liveName);
            createCore(liveName);
        }
    }

    private void createCore(String name) {
        container.create(name, coresDir.resolve(name), Map.of(CoreDescriptor.CORE_CONFIGSET, configsetName), false);
    }

    /**
     * Waits until no request holds the core any more. EmbeddedSolrServer releases the core before the searcher of
     * its request (Solr 9.10), so unloading a core under a running search makes that search wait 30 s for its own
     * searcher and leaves the index on disk. Searches that began before the swap finish within timeAllowed.
     */
    private void awaitSearchesOf(String name) {
        long deadline = System.nanoTime() + IDLE_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (SolrCore core = container.getCore(name)) {
                if (core == null || core.getOpenCount() <= 2) { // the container's reference and ours
                    return;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Searches still use the old core {}; dropping it anyway", name);
    }

    private void dropCore(String name) {
        container.unload(name, true, true, true);
    }

    /** A fresh core next to the live one. */
    private final class EmbeddedRebuild implements Rebuild {

        private final String name;
        private final EmbeddedSolrServer rebuildClient;
        private boolean switched;

        EmbeddedRebuild(String name) {
            this.name = name;
            this.rebuildClient = new EmbeddedSolrServer(container, name);
        }

        @Override
        public SolrClient client() {
            return rebuildClient;
        }

        @Override
        public void switchOver() throws IOException, SolrServerException {
            rebuildClient.commit();
            // atomic for searches: a request in flight keeps the core it started with
            container.swap(liveName, name);
            switched = true;
            log.info("Switched the embedded Solr core {} to the rebuilt index", liveName);
            awaitSearchesOf(name); // after the swap this name belongs to the old index
            dropCore(name);
        }

        @Override
        public void close() {
            if (!switched && container.getAllCoreNames().contains(name)) {
                dropCore(name);
            }
        }
    }
}
