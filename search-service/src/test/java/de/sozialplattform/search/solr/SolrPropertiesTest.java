package de.sozialplattform.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SolrPropertiesTest {

    @Test
    void modeFollowsFromWhatIsSet() {
        assertThat(SolrProperties.embedded(Path.of("data/solr")).mode()).isEqualTo(SolrProperties.Mode.EMBEDDED);
        assertThat(SolrProperties.http("http://solr:8983/solr").mode()).isEqualTo(SolrProperties.Mode.HTTP);
        assertThat(SolrProperties.cloud("zk1:2181,zk2:2181/solr", 2, 1).mode()).isEqualTo(SolrProperties.Mode.CLOUD);
        assertThat(new SolrProperties(" ", " ", null, null, 2, 1, null, null, null).mode())
                .isEqualTo(SolrProperties.Mode.EMBEDDED);
    }

    @Test
    void defaultsRun() {
        SolrProperties properties = SolrProperties.http("http://solr:8983/solr");
        assertThat(properties.collection()).isEqualTo("advice-centres");
        assertThat(properties.configsetName()).isEqualTo("advice-centres");
        assertThat(properties.requestTimeout()).isPositive();
    }

    @Test
    void rejectsBothUrlAndZooKeeper() {
        assertThatThrownBy(() -> new SolrProperties("http://solr:8983/solr", "zk:2181", null, null, 2, 1, null, null,
                null)).hasMessageContaining("not both");
    }

    @Test
    void rejectsNamesSolrWouldNotAccept() {
        assertThatThrownBy(() -> SolrProperties.embedded(Path.of("x")).withCollection("../etc"))
                .hasMessageContaining("sozial.solr.collection");
        assertThatThrownBy(() -> new SolrProperties("", "", null, null, 0, 1, null, null, null))
                .hasMessageContaining("shards");
    }
}
