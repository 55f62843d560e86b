package de.sozialplattform.search.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-written fixtures under {@code src/test/resources/geo}. */
final class GeoFixtures {

    private GeoFixtures() {
    }

    static Path csv() {
        return resource("/geo/plz-fixture.csv");
    }

    static Path tabs() {
        return resource("/geo/DE-tab.txt");
    }

    static Gazetteer gazetteer(Path file) {
        try {
            return new Gazetteer(GazetteerIndex.build(PostalCodeFile.read(file).rows()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(GeoFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
