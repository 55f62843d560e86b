package de.sozialplattform.cms.editor;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form values from stored properties and back through row edits, as the edit form's buttons change them. */
class FormValuesTest {

    private static final List<String> LANGUAGES = List.of("de", "en");

    private static final ContentType LOCATION = new ContentType("location", "adviceCentres", "location", List.of(
            new PropertyDefinition("name", PropertyType.STRING, null, false, false, true),
            new PropertyDefinition("description", PropertyType.RICH_TEXT, null, true, false, false),
            new PropertyDefinition("types", PropertyType.STRING, null, false, true, true),
            new PropertyDefinition("openingHours", PropertyType.SUBMODEL, "openingHour", false, true, false)),
            Map.of("openingHour", new ContentType.SubModel("openingHour", List.of(
                    new PropertyDefinition("opens", PropertyType.STRING, null, false, false, false),
                    new PropertyDefinition("note", PropertyType.STRING, null, true, false, false)))));

    private final FormValues stored = FormValues.fromProperties(LOCATION, Map.of("name", "Beratung",
            "description_en", "<p>Advice</p>", "types", List.of("suchtberatung", "schuldnerberatung"),
            "openingHours", List.of(Map.of("opens", "09:00"), Map.of("opens", "10:00", "note_en", "by appointment"),
                    Map.of("opens", "11:00"))), LANGUAGES);

    @Test
    void storedPropertiesBecomeInputNamesWithTranslationsListsAndRows() {
        assertThat(stored.first("name")).isEqualTo("Beratung");
        assertThat(stored.first("description_en")).isEqualTo("<p>Advice</p>");
        assertThat(stored.all("types")).containsExactly("suchtberatung", "schuldnerberatung");
        assertThat(stored.rows("openingHours")).isEqualTo(3);
        assertThat(stored.first("openingHours[1].note_en")).isEqualTo("by appointment");
    }

    @Test
    void removingARowMovesTheLaterRowsUpWithAllTheirFields() {
        FormValues removed = stored.withRowRemoved("openingHours", 0);
        assertThat(removed.rows("openingHours")).isEqualTo(2);
        assertThat(removed.first("openingHours[0].opens")).isEqualTo("10:00");
        assertThat(removed.first("openingHours[0].note_en")).isEqualTo("by appointment");
        assertThat(removed.first("openingHours[1].opens")).isEqualTo("11:00");
        assertThat(removed.all("openingHours[2].opens")).isEmpty();
        assertThat(stored.withRowRemoved("openingHours", 7).rows("openingHours")).as("no such row").isEqualTo(3);
    }

    @Test
    void addingARowCountsOneMoreAndOverlayReplacesOnlyTheSentProperties() {
        assertThat(stored.withRowAdded("openingHours").rows("openingHours")).isEqualTo(4);
        FormValues sent = FormValues.fromRequest(Map.of("p.name", new String[] {"Neu"}, "p.description",
                new String[] {"x"}));
        FormValues merged = stored.overlay(sent, List.of("name", "types"));
        assertThat(merged.first("name")).isEqualTo("Neu");
        assertThat(merged.all("types")).as("nothing chosen is sent as nothing").isEmpty();
        assertThat(merged.first("description")).as("not a property the form offered").isEmpty();
        assertThat(merged.first("description_en")).isEqualTo("<p>Advice</p>");
    }
}
