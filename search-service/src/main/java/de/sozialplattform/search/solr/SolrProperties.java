package de.sozialplattform.search.solr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the advice-centre index lives. The mode follows from what is set: {@code zkHosts} → SolrCloud,
 * {@code url} → one Solr node over HTTP, neither → an embedded core under {@code dataDir}.
 *
 * @param url base URL of one Solr node, e.g. {@code http://solr:8983/solr}; empty: not HTTP
 * @param zkHosts ZooKeeper connect string, optionally with a chroot: {@code zk1:2181,zk2:2181/solr}; empty: not
 *     SolrCloud
 * @param collection the live name every search uses: the core name (embedded, HTTP) or the alias (SolrCloud)
 * @param dataDir solr home of the embedded mode; empty: {@code ${sozial.data-dir}/solr} (resolved by
 *     {@link SolrConfiguration}, because {@code @DefaultValue} does not resolve placeholders)
 * @param shards shards of a new SolrCloud collection
 * @param replicas replicas per shard of a new SolrCloud collection
 * @param configsetName name of the configset: in the node's {@code configsets/} directory (HTTP) or the prefix of
 *     the uploaded one (SolrCloud)
 * @param connectTimeout connecting to Solr or ZooKeeper
 * @param requestTimeout waiting for one answer; covers admin calls such as creating a collection
 */
@ConfigurationProperties("sozial.solr")
public record SolrProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String zkHosts,
        @DefaultValue("advice-centres") String collection,
        Path dataDir,
        @DefaultValue("2") int shards,
        @DefaultValue("1") int replicas,
        @DefaultValue("advice-centres") String configsetName,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration requestTimeout) {

    /** Solr core, collection, alias and configset names: a subset that is valid everywhere. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,60}");

    /** How the application reaches Solr. */
    public enum Mode { EMBEDDED, HTTP, CLOUD }

    public SolrProperties {
        url = url == null ? "" : url.strip();
        zkHosts = zkHosts == null ? "" : zkHosts.strip();
        dataDir = dataDir == null || dataDir.toString().isBlank() ? null : dataDir;
        if (!url.isEmpty() && !zkHosts.isEmpty()) {
            throw new IllegalArgumentException("Both sozial.solr.url (SOZIAL_SOLR_URL) and sozial.solr.zk-hosts "
                    + "(SOZIAL_SOLR_ZK_HOSTS) are set; set the URL for one Solr node or the ZooKeeper hosts for "
                    + "SolrCloud, not both");
        }
        collection = requireName("sozial.solr.collection", collection == null ? "advice-centres" : collection);
        configsetName = requireName("sozial.solr.configset-name",
                configsetName == null ? "advice-centres" : configsetName);
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("sozial.solr.shards and sozial.solr.replicas must be at least 1");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(60) : requestTimeout;
    }

    /** Embedded core under {@code dataDir}, all else default. */
    public static SolrProperties embedded(Path dataDir) {
        return new SolrProperties("", "", null, dataDir, 2, 1, null, null, null);
    }

    /** One Solr node over HTTP, all else default. */
    public static SolrProperties http(String url) {
        return new SolrProperties(url, "", null, null, 2, 1, null, null, null);
    }

    /** SolrCloud through ZooKeeper with the given layout of new collections, all else default. */
    public static SolrProperties cloud(String zkHosts, int shards, int replicas) {
        return new SolrProperties("", zkHosts, null, null, shards, replicas, null, null, null);
    }

    public Mode mode() {
        if (!zkHosts.isEmpty()) {
            return Mode.CLOUD;
        }
        return url.isEmpty() ? Mode.EMBEDDED : Mode.HTTP;
    }

    /** The same settings with another live name (core or alias). */
    public SolrProperties withCollection(String name) {
        return new SolrProperties(url, zkHosts, name, dataDir, shards, replicas, configsetName, connectTimeout,
                requestTimeout);
    }

    /** The same settings with another embedded solr home. */
    public SolrProperties withDataDir(Path dir) {
        return new SolrProperties(url, zkHosts, collection, dir, shards, replicas, configsetName, connectTimeout,
                requestTimeout);
    }

    private static String requireName(String property, String value) {
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(property + " must be letters, digits, '-' or '_' (at most 61)");
        }
        return value;
    }
}
