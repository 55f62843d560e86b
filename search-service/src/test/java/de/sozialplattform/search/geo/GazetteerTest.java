package de.sozialplattform.search.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.problem.UnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class GazetteerTest {

    private final Gazetteer gazetteer = GeoFixtures.gazetteer(GeoFixtures.csv());

    @Test
    void postalCodeIsTheCentroidOfItsRows() {
        assertThat(gazetteer.available()).isTrue();
        assertThat(gazetteer.postalCode("40227")).contains(new GeoPoint(51.2117, 6.8071));
        GeoPoint dresden = gazetteer.postalCode("01067").orElseThrow();
        assertThat(dresden.lat()).isCloseTo((51.0507 + 51.0547 + 51.0587) / 3, within(1e-9));
        assertThat(dresden.lon()).isCloseTo((13.7366 + 13.7269 + 13.7172) / 3, within(1e-9));
        assertThat(gazetteer.postalCode("99999")).isEmpty();
        assertThat(gazetteer.postalCode("abc")).isEmpty();
        assertThat(gazetteer.postalCode(null)).isEmpty();
    }

    @Test
    void resolvesAPostalCode() {
        assertThat(gazetteer.resolve("location", "40227")).isEqualTo(new Origin("Düsseldorf", "40227", 51.2117, 6.8071));
    }

    @Test
    void unknownPostalCodeIsA400NamingTheParameter() {
        InvalidParameterException e = invalid("location", "99999");
        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.parameter()).isEqualTo("location");
        assertThat(e.getMessage()).contains("unknown postal code").doesNotContain("99999");
        assertThat(invalid("location", "4022").getMessage()).contains("5-digit");
    }

    @Test
    void placeWithSeveralPostalCodesResolvesToTheirCentroid() {
        Origin origin = gazetteer.resolve("location", "Düsseldorf");
        assertThat(origin.label()).isEqualTo("Düsseldorf");
        assertThat(origin.postalCode()).isNull();
        assertThat(origin.lat()).isCloseTo((51.2216 + 51.2278 + 51.2125 + 51.2117) / 4, within(1e-9));
        assertThat(origin.lon()).isCloseTo((6.7897 + 6.7861 + 6.7637 + 6.8071) / 4, within(1e-9));
        assertThat(gazetteer.resolve("location", "Emmerich"))
                .isEqualTo(new Origin("Emmerich", "46446", 51.8393, 6.2479));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dusseldorf", "duesseldorf", "DÜSSELDORF", "  düsseldorf ", "Du\u0308sseldorf", "Düsseldorf!"})
    void matchesNamesTolerantly(String spelling) {
        assertThat(gazetteer.resolve("location", spelling)).isEqualTo(gazetteer.resolve("location", "Düsseldorf"));
    }

    @Test
    void ambiguousNameListsCandidates() {
        InvalidParameterException e = invalid("location", "Neustadt");
        assertThat(e.getMessage()).contains("ambiguous");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> candidates = (List<Map<String, String>>) e.properties().get("candidates");
        assertThat(candidates).hasSize(6).allSatisfy(candidate ->
                assertThat(candidate).containsKeys("postalCode", "name", "state"));
        assertThat(candidates.get(0)).containsEntry("postalCode", "37345").containsEntry("name", "Neustadt")
                .containsEntry("state", "Thüringen");
        assertThat(candidates).extracting(candidate -> candidate.get("name"))
                .contains("Neustadt an der Weinstraße", "Neustadt (Hessen)", "Neustadt in Holstein");
        // the same name in two Kreise is two places as well
        assertThat(invalid("location", "Tettau").properties().get("candidates")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
    }

    @Test
    void nameContinuedByMoreWords() {
        assertThat(invalid("location", "Frankfurt").properties().get("candidates")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
        Origin main = gazetteer.resolve("location", "frankfurt am main");
        assertThat(main.label()).isEqualTo("Frankfurt am Main");
        assertThat(main.postalCode()).isNull();
        assertThat(gazetteer.resolve("location", "Frankfurt (Oder)").postalCode()).isEqualTo("15230");
        assertThat(gazetteer.resolve("location", "Frankfurt Oder").postalCode()).isEqualTo("15230");
    }

    @Test
    void districtNamesBelongToTheirCity() {
        Origin dresden = gazetteer.resolve("location", "Dresden");
        assertThat(dresden.label()).isEqualTo("Dresden");
        assertThat(dresden.postalCode()).isNull();
        assertThat(gazetteer.resolve("location", "Dresden Innere Altstadt"))
                .isEqualTo(new Origin("Dresden Innere Altstadt", "01067", 51.0507, 13.7366));
    }

    @Test
    void aCityWinsOverAVillageOfTheSameName() {
        assertThat(gazetteer.resolve("location", "Essen").label()).isEqualTo("Essen");
        assertThat(gazetteer.resolve("location", "Essen (Oldenburg)").postalCode()).isEqualTo("49632");
    }

    @Test
    void postalCodeWithPlaceName() {
        assertThat(gazetteer.resolve("location", "01945 Tettau"))
                .isEqualTo(new Origin("Tettau", "01945", 51.4333, 13.7333));
        assertThat(gazetteer.resolve("location", "Tettau, 01945")).isEqualTo(gazetteer.resolve("location", "01945 Tettau"));
        Origin plzOnly = gazetteer.resolve("location", "01945");
        assertThat(plzOnly.label()).isEqualTo("Guteborn");
        assertThat(plzOnly.lat()).isCloseTo((51.4167 + 51.4333) / 2, within(1e-9));
        assertThat(gazetteer.resolve("location", "01067").label()).isEqualTo("Dresden");
        // the PLZ decides when the name does not fit it
        assertThat(gazetteer.resolve("location", "40227 Köln").label()).isEqualTo("Düsseldorf");
        assertThat(invalid("location", "99999 Düsseldorf").getMessage()).contains("unknown postal code");
    }

    @Test
    void officialNamesGeoNamesShortens() {
        assertThat(gazetteer.resolve("location", "Emmerich am Rhein").postalCode()).isEqualTo("46446");
        assertThat(gazetteer.suggest("Emmerich am Rhein", 10)).extracting(PlaceSuggestion::name)
                .containsExactly("Emmerich");
        assertThat(gazetteer.resolve("location", "St. Augustin").label()).isEqualTo("Sankt Augustin");
        assertThat(gazetteer.suggest("st augu", 10)).extracting(PlaceSuggestion::name).containsExactly("Sankt Augustin");
        // dropping words only ever lands on an exact name, never on a vague prefix
        assertThat(invalid("location", "Frankfurt am Mainz").getMessage()).contains("unknown place");
        assertThat(gazetteer.suggest("Bad Atlantis", 10)).isEmpty();
    }

    @Test
    void unknownNameIsA400() {
        assertThat(invalid("location", "Atlantis").getMessage()).contains("unknown place");
        assertThat(invalid("location", "!!!").parameter()).isEqualTo("location");
        assertThat(invalid("location", "\uD83D\uDE00").parameter()).isEqualTo("location");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "Düssel\u0000dorf", "Köln\n", "Köln\u200D", "\u001B[31m"})
    void blankOrControlCharactersAre400(String location) {
        assertThat(invalid("origin", location).parameter()).isEqualTo("origin");
    }

    @Test
    void tooLongIs400() {
        assertThat(invalid("location", "a".repeat(101)).getMessage()).contains("at most 100");
        assertThatThrownBy(() -> gazetteer.suggest("x".repeat(10_000), 5))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"düss", "duss", "duess", "DÜSS", "dusseldorf", "Düsseldorf"})
    void suggestsDuesseldorfFirst(String q) {
        List<PlaceSuggestion> suggestions = gazetteer.suggest(q, 10);
        assertThat(suggestions.get(0))
                .isEqualTo(new PlaceSuggestion("40210", "Düsseldorf", "Nordrhein-Westfalen",
                        gazetteer.resolve("q", "Düsseldorf").lat(), gazetteer.resolve("q", "Düsseldorf").lon()));
        assertThat(suggestions).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void suggestsBiggerPlacesFirstAndOnePerPlace() {
        assertThat(gazetteer.suggest("duss", 10)).extracting(PlaceSuggestion::name)
                .containsExactly("Düsseldorf", "Dußlingen");
        assertThat(gazetteer.suggest("Frankfurt", 10)).extracting(PlaceSuggestion::name)
                .containsExactly("Frankfurt am Main", "Frankfurt (Oder)");
        assertThat(gazetteer.suggest("main", 10)).extracting(PlaceSuggestion::name).contains("Frankfurt am Main");
        assertThat(gazetteer.suggest("Neustadt", 3)).hasSize(3).first()
                .extracting(PlaceSuggestion::name).isEqualTo("Neustadt");
    }

    @Test
    void suggestsPostalCodesByPrefix() {
        assertThat(gazetteer.suggest("402", 10)).extracting(PlaceSuggestion::postalCode)
                .containsExactly("40210", "40211", "40219", "40227");
        assertThat(gazetteer.suggest("402", 2)).hasSize(2);
        assertThat(gazetteer.suggest("01945", 10)).extracting(PlaceSuggestion::name)
                .containsExactly("Guteborn", "Tettau");
        assertThat(gazetteer.suggest("01945 tett", 10)).extracting(PlaceSuggestion::name).containsExactly("Tettau");
        assertThat(gazetteer.suggest("4", 50)).hasSize(Gazetteer.MAX_SUGGESTIONS);
        assertThat(gazetteer.suggest("01067", 10)).extracting(PlaceSuggestion::name)
                .containsExactly("Dresden", "Dresden Innere Altstadt", "Dresden Friedrichstadt");
        assertThat(gazetteer.suggest("999", 10)).isEmpty();
        assertThat(gazetteer.suggest("!!!", 10)).isEmpty();
    }

    @Test
    void unavailableGazetteerAnswers503() {
        Gazetteer empty = new Gazetteer();
        assertThat(empty.available()).isFalse();
        assertThat(empty.postalCode("40227")).isEmpty();
        UnavailableException e = catchThrowableOfType(UnavailableException.class,
                () -> empty.resolve("location", "40227"));
        assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(e.type()).hasToString("/problems/geocoding-unavailable");
        assertThatThrownBy(() -> empty.suggest("düss", 10)).isInstanceOf(UnavailableException.class);
    }

    @Test
    void readsGeoNamesTabFormatAndSkipsLargeRecipients() throws IOException {
        PostalCodeFile.Content content = PostalCodeFile.read(GeoFixtures.tabs());
        assertThat(content.rows()).hasSize(3);
        assertThat(content.skipped()).isEqualTo(1);
        Gazetteer fromTabs = GeoFixtures.gazetteer(GeoFixtures.tabs());
        assertThat(fromTabs.postalCode("40227")).contains(new GeoPoint(51.2117, 6.8071));
        assertThat(fromTabs.postalCode("40474")).isEmpty();
        assertThat(fromTabs.resolve("location", "emmerich").postalCode()).isEqualTo("46446");
        assertThat(fromTabs.resolve("location", "Düsseldorf").postalCode()).isNull();
    }

    @Test
    void keepsNumericAdminCodeRowsWhenThereIsNothingElse(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("DE.txt"),
                "DE\t40227\tDüsseldorf\tNordrhein-Westfalen\t07\t\t\t\t05111\t51.2117\t6.8071\t4\n");
        assertThat(PostalCodeFile.read(file).rows()).extracting(PostalCodeFile.Row::postalCode).containsExactly("40227");
    }

    @Test
    void readsQuotedCsvFields() {
        assertThat(PostalCodeFile.split("DE,40227,\"Düsseldorf, Stadt\",\"say \"\"hi\"\"\",", false))
                .containsExactly("DE", "40227", "Düsseldorf, Stadt", "say \"hi\"", "");
    }

    private InvalidParameterException invalid(String parameter, String location) {
        return catchThrowableOfType(InvalidParameterException.class, () -> gazetteer.resolve(parameter, location));
    }
}
