package de.sozialplattform.search.centres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdviceCentreMapperTest {

    private static final PostalCodeLookup GAZETTEER = code -> code.equals("46446")
            ? Optional.of(new PostalCodeLookup.LatLon(51.8277, 6.2470)) : Optional.empty();
    private final AdviceCentreMapper mapper = new AdviceCentreMapper(GAZETTEER);

    @Test
    void aFullLocationInTwoLanguages() {
        AdviceCentre centre = mapper.map(Fixtures.location("komm-pass", "de", "en")).orElseThrow();

        assertThat(centre.id()).isEqualTo("0f6c2b8e-4a51-4d0e-9a55-1c7f1b0a2f11");
        assertThat(centre.path()).isEqualTo("/standorte/nordrhein-westfalen/komm-pass");
        assertThat(centre.name()).isEqualTo("Drogenberatungsstelle \"komm-pass\"");
        assertThat(centre.organisation()).isEqualTo(new AdviceCentre.Organisation("7d1e2a9c-90b3-4c0f-8d6f-2b1e7a3c4d55",
                "Landeshauptstadt Düsseldorf, Gesundheitsamt", "https://www.duesseldorf.de/gesundheitsamt"));
        assertThat(centre.types()).containsExactly("suchtberatung");
        assertThat(centre.topics()).containsExactly("drogen", "angehoerige");
        assertThat(centre.targetGroups()).containsExactly("jugendliche", "junge-erwachsene");
        assertThat(centre.address()).isEqualTo(new AdviceCentre.Address("Charlottenstraße 30", "40210", "Düsseldorf"));
        assertThat(centre.location()).isEqualTo(new AdviceCentre.Point(51.2197, 6.7943, false));
        assertThat(centre.online()).isEqualTo(new AdviceCentre.Online(List.of("chat", "email"),
                "https://beratung.example.org/komm-pass"));
        assertThat(centre.bookingUrl()).isEqualTo("https://termine.example.org/komm-pass");
        assertThat(centre.phone()).isEqualTo("+49 211 8995390");
        assertThat(centre.languages()).containsExactly("de", "tr", "ar");
        assertThat(centre.anonymous() && centre.stepFree() && centre.freeOfCharge() && centre.mainLocation()).isTrue();
        assertThat(centre.signLanguage() || centre.nationwide() || centre.onlineOnly()).isFalse();
        assertThat(centre.lastModified()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(centre.attachmentText()).isNull();
    }

    @Test
    void subModelsBecomeListsWithTranslatedNotes() {
        AdviceCentre centre = mapper.map(Fixtures.location("komm-pass", "de", "en")).orElseThrow();

        assertThat(centre.openingHours()).containsExactly(
                new AdviceCentre.OpeningHours(List.of("mo", "tu", "th"), "09:00", "12:00", Map.of()),
                new AdviceCentre.OpeningHours(List.of("we"), "14:00", "18:00",
                        Map.of("de", "Offene Sprechstunde", "en", "Open consultation hours")));
        AdviceCentre.Announcement closed = centre.announcements().get(0);
        assertThat(closed.text()).containsEntry("en", "Closed between Christmas and New Year");
        assertThat(closed.validFrom()).as("Magnolia's date with time and offset").isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(closed.validUntil()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(closed.validOn(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void richTextStaysHtmlAndGermanFallbacksAreNoTranslations() {
        AdviceCentre centre = mapper.map(Fixtures.location("komm-pass", "de", "en")).orElseThrow();

        assertThat(centre.text("description", "de")).startsWith("<p>Beratung f&uuml;r junge Menschen");
        assertThat(centre.text("description", "en")).contains("<em>drug problems</em>");
        assertThat(centre.text().get("en")).as("the English answer repeats the German note: not a translation")
                .doesNotContainKey("openingHoursNote");
        assertThat(centre.text("openingHoursNote", "en")).isEqualTo("Termine nach Vereinbarung");
        assertThat(centre.text("transportHint", "en")).isEqualTo("Underground Oststraße, 3 minutes on foot");
    }

    @Test
    void aSanitizerCleansRichTextFromOtherSources() {
        AdviceCentreMapper cleaning = new AdviceCentreMapper(GAZETTEER, html -> html.replace("<strong>", "")
                .replace("</strong>", ""));
        assertThat(cleaning.map(Fixtures.location("komm-pass", "de")).orElseThrow().text("description", "de"))
                .doesNotContain("<strong>");
    }

    @Test
    void missingCoordinatesComeFromThePostalCodeAndAreApproximate() {
        AdviceCentre centre = mapper.map(Fixtures.location("emmerich", "de")).orElseThrow();

        assertThat(centre.location()).isEqualTo(new AdviceCentre.Point(51.8277, 6.2470, true));
        assertThat(centre.freeOfCharge()).as("a boolean written as text").isTrue();
        assertThat(centre.online()).isNull();
        assertThat(centre.lastModified()).isEqualTo(Instant.parse("2026-02-01T09:00:00Z"));
        assertThat(new AdviceCentreMapper(PostalCodeLookup.NONE).map(Fixtures.location("emmerich", "de")).orElseThrow()
                .location()).as("unknown postal code: no point").isNull();
    }

    @Test
    void onlineOnlyOffersNeedNoAddress() {
        AdviceCentre centre = mapper.map(Fixtures.location("online-only", "de")).orElseThrow();

        assertThat(centre.address()).isNull();
        assertThat(centre.location()).isNull();
        assertThat(centre.everywhere()).isTrue();
        assertThat(centre.types()).as("a single value of a multiple property").containsExactly("schuldnerberatung");
        assertThat(centre.online().channels()).containsExactly("chat", "video");
    }

    @Test
    void aLocationWhoseOrganisationIsNotPublishedIsNotIndexed() {
        assertThat(mapper.map(Fixtures.location("unpublished-organisation", "de"))).isEmpty();
        assertThat(mapper.map(Fixtures.location("komm-pass", "en"))).as("German is required").isEmpty();
    }
}
