package de.sozialplattform.cms.editor;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodeVersion;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Missing and outdated translations, derived from the versions and the working copy. */
class TranslationStatusTest {

    private static final List<String> LANGUAGES = List.of("de", "en", "ar");
    private static final ContentType PAGE = new ContentType("infoPage", "pages", "infoPage", List.of(
            new PropertyDefinition("title", PropertyType.STRING, null, true, false, true),
            new PropertyDefinition("teaser", PropertyType.STRING, null, true, false, false)), Map.of());
    private static final NodeId ID = NodeId.random();

    private static NodeVersion version(int number, Map<String, Object> properties) {
        return new NodeVersion(ID, number, "infoPage", "/p", properties, Instant.EPOCH, "test");
    }

    private static Node node(Map<String, Object> properties) {
        return new Node(ID, "pages", null, "p", "/p", "infoPage", 0, properties, 3, Instant.EPOCH, "test",
                Instant.EPOCH, "test", true, 2, Instant.EPOCH, null, null);
    }

    @Test
    void aTranslationIsOutdatedWhenTheGermanChangedLaterAndCurrentWhenBothChangedTogether() {
        List<NodeVersion> versions = List.of(
                version(1, Map.of("title", "A", "title_en", "A", "teaser", "T", "teaser_en", "T")),
                version(2, Map.of("title", "B", "title_en", "B", "teaser", "U", "teaser_en", "T")));
        var states = TranslationStatus.of(PAGE, node(Map.of("title", "B", "title_en", "B", "teaser", "U",
                "teaser_en", "T")), versions, LANGUAGES);
        assertThat(states).containsEntry("title_en", TranslationStatus.State.CURRENT)
                .containsEntry("teaser_en", TranslationStatus.State.OUTDATED)
                .containsEntry("title_ar", TranslationStatus.State.MISSING);
    }

    @Test
    void aTranslationUpdatedAfterTheGermanIsCurrentAgainAndNoSourceMeansNothingMissing() {
        List<NodeVersion> versions = List.of(version(1, Map.of("title", "A", "title_en", "A")),
                version(2, Map.of("title", "B", "title_en", "A")));
        var states = TranslationStatus.of(PAGE, node(Map.of("title", "B", "title_en", "B")), versions, LANGUAGES);
        assertThat(states).containsEntry("title_en", TranslationStatus.State.CURRENT)
                .containsEntry("teaser_en", TranslationStatus.State.CURRENT);
        assertThat(TranslationStatus.missing(PAGE, node(Map.of("title", "B", "title_en", "B")), "en")).isFalse();
        assertThat(TranslationStatus.missing(PAGE, node(Map.of("title", "B")), "en")).isTrue();
    }
}
