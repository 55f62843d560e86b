package de.sozialplattform.search.solr;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names of fresh cores and collections: the live name, a UTC timestamp (so operators see when a rebuild began)
 * and a random suffix (so two rebuilds in the same millisecond do not collide).
 */
final class IndexNames {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private IndexNames() {
    }

    /** A rebuild core next to the live core {@code live} (embedded and HTTP mode). */
    static String rebuildCore(String live) {
        return rebuildPrefix(live) + stamp();
    }

    static String rebuildPrefix(String live) {
        return live + "-rebuild-";
    }

    /** A collection behind the alias {@code live} (SolrCloud). */
    static String collection(String live) {
        return live + "_" + stamp();
    }

    private static String stamp() {
        return STAMP.format(Instant.now()) + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000,
                0x10000));
    }
}
