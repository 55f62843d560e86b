package de.sozialplattform.search.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import de.sozialplattform.search.problem.InvalidParameterException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared GeoNames file ({@code sozial.test.geo-plz-file}, set by the parent pom for every test JVM). */
class GazetteerRealDataTest {

    static final String PROPERTY = "sozial.test.geo-plz-file";
    static final long MAX_LOAD_MILLIS = 2_000;

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws IOException {
        String configured = System.getProperty(PROPERTY);
        assertThat(configured).as("system property %s (set by the parent pom's surefire configuration; run the "
                + "tests through Maven or set -D%s=../shared/data/geo/plz-de.csv)", PROPERTY, PROPERTY).isNotBlank();
        Path file = Path.of(configured);
        assertThat(Files.isRegularFile(file)).as("the GeoNames postal-code file %s exists", file.toAbsolutePath())
                .isTrue();
        GazetteerIndex index = null;
        long best = Long.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Judged by the loading thread's CPU time: wall time on a busy CI machine measures the neighbours. The first
        // load includes class loading and JIT warm-up, so a slow one is retried before judging.
        for (int attempt = 1; attempt <= 3 && best >= MAX_LOAD_MILLIS; attempt++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            PostalCodeFile.Content content = PostalCodeFile.read(file);
            index = GazetteerIndex.build(content.rows());
            long millis = (System.nanoTime() - started) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            best = Math.min(best, cpuMillis < 0 ? millis : cpuMillis);
            System.out.printf("Gazetteer: %d rows, %d postal codes, %d places loaded in %d ms (%d ms CPU, attempt %d)%n",
                    content.rows().size(), index.postalCodeCount(), index.placeCount(), millis, cpuMillis, attempt);
            assertThat(content.rows()).hasSizeGreaterThan(16_000);
        }
        assertThat(best).as("load time in ms").isLessThan(MAX_LOAD_MILLIS);
        gazetteer = new Gazetteer(index);
    }

    @Test
    void postalCode40227IsInDuesseldorf() {
        Origin origin = gazetteer.resolve("location", "40227");
        assertThat(origin.label()).isEqualTo("Düsseldorf");
        assertThat(origin.lat()).isCloseTo(51.21, within(0.01));
        assertThat(origin.lon()).isCloseTo(6.81, within(0.01));
        assertThat(gazetteer.postalCode("40227")).isPresent();
    }

    @Test
    void emmerichResolves() {
        assertThat(gazetteer.resolve("location", "Emmerich").postalCode()).isEqualTo("46446");
        assertThat(gazetteer.resolve("location", "46446 Emmerich am Rhein").label()).isEqualTo("Emmerich");
        assertThat(gazetteer.resolve("location", "Emmerich am Rhein").postalCode()).isEqualTo("46446");
    }

    @Test
    void neustadtIsAmbiguous() {
        InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class,
                () -> gazetteer.resolve("location", "Neustadt"));
        assertThat((List<?>) e.properties().get("candidates")).hasSizeGreaterThan(5)
                .hasSizeLessThanOrEqualTo(PlaceResolver.MAX_CANDIDATES);
    }

    @Test
    void berlinResolvesToOneCentroid() {
        Origin berlin = gazetteer.resolve("location", "Berlin");
        assertThat(berlin.label()).isEqualTo("Berlin");
        assertThat(berlin.postalCode()).isNull();
        assertThat(berlin.lat()).isCloseTo(52.5, within(0.1));
        assertThat(berlin.lon()).isCloseTo(13.4, within(0.1));
    }

    @Test
    void bigCitiesWinOverVillagesOfTheSameName() {
        assertThat(gazetteer.resolve("location", "Hamburg").lat()).isCloseTo(53.55, within(0.1));
        assertThat(gazetteer.resolve("location", "Essen").lon()).isCloseTo(7.0, within(0.1));
        assertThat(gazetteer.resolve("location", "frankfurt am main").lat()).isCloseTo(50.11, within(0.1));
        assertThat(gazetteer.resolve("location", "Köln").label()).isEqualTo("Köln");
        assertThat(gazetteer.resolve("location", "muenchen").label()).isEqualTo("München");
        assertThat(gazetteer.resolve("location", "Halle (Saale)").lat()).isCloseTo(51.48, within(0.1));
    }

    @Test
    void suggestionsFindDuesseldorfFirst() {
        for (String q : List.of("Dusseldorf", "düss", "duss", "duess")) {
            List<PlaceSuggestion> suggestions = gazetteer.suggest(q, 10);
            assertThat(suggestions).as(q).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            assertThat(suggestions.get(0).name()).as(q).isEqualTo("Düsseldorf");
        }
        assertThat(gazetteer.suggest("402", 10)).hasSize(10)
                .allSatisfy(suggestion -> assertThat(suggestion.postalCode()).startsWith("402"));
        assertThat(gazetteer.suggest("Frankfurt", 10).get(0).name()).isEqualTo("Frankfurt am Main");
    }
}
