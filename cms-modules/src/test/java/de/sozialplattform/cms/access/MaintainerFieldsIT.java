package de.sozialplattform.cms.access;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What a centre maintainer may change on a location, field by field, and what the audit log records of it. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MaintainerFieldsIT {

    static final String NODES = "/.rest/nodes/v1/adviceCentres";

    @LocalServerPort
    int port;

    @Autowired
    LightModules lightModules;

    ApiClient editor;
    ApiClient maintainerA;
    String land;

    @BeforeEach
    void land() {
        editor = ApiClient.as(port, "editor", "editor");
        maintainerA = ApiClient.as(port, "beratung-a", "beratung-a");
        land = "f-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor.put(NODES + "/standorte", "{\"name\":\"" + land + "\",\"type\":\"mgnl:folder\"}").status())
                .isEqualTo(201);
    }

    ApiClient.Response create(ApiClient client, String organisation, String extra) {
        return client.put(NODES + "/standorte/" + land, """
                {"name":"stelle","type":"location","properties":{"name":"Beratungsstelle","organisation":"%s",
                 "types":["suchtberatung"]%s}}""".formatted(organisation, extra));
    }

    ApiClient.Response ownLocation() {
        ApiClient.Response created = create(editor, MatrixFixtures.SEEDED_A, ",\"latitude\":48.0,\"longitude\":7.8");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    ApiClient.Response update(String etag, String properties) {
        return maintainerA.post(NODES + "/standorte/" + land + "/stelle", etag, "{\"properties\":" + properties + "}");
    }

    static void assertForbiddenField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/forbidden-field");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    @Test
    void allowedFieldsChangeIncludingTranslationsAndSubModels() {
        ApiClient.Response created = ownLocation();
        ApiClient.Response updated = update(created.etag(), """
                {"phone":"0761 123","email":"info@example.org","openingHoursNote_en":"By appointment",
                 "openingHours":[{"days":["mo","tu"],"opens":"09:00","closes":"12:00"}],"topics":["alkohol"],
                 "stepFree":true,"languages":["de","tr"],"description":"<p>Neu</p>","bookingUrl":"https://example.org/t",
                 "announcements":[{"text":"Geschlossen am 24.12."}],"transportHint":"Bus 10"}""");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.property("phone").asString()).isEqualTo("0761 123");
    }

    @Test
    void editorialFieldsAreRefusedNamingTheField() {
        String etag = ownLocation().etag();
        assertForbiddenField(update(etag, "{\"name\":\"Anders\"}"), "name");
        assertForbiddenField(update(etag, "{\"types\":[\"schuldnerberatung\"]}"), "types");
        assertForbiddenField(update(etag, "{\"latitude\":50.1}"), "latitude");
        assertForbiddenField(update(etag, "{\"longitude\":null}"), "longitude");
        assertForbiddenField(update(etag, "{\"organisation\":\"" + MatrixFixtures.SEEDED_B + "\"}"), "organisation");
        assertForbiddenField(update(etag, "{\"phone\":\"1\",\"nationwide\":true}"), "nationwide");
        assertThat(editor.get(NODES + "/standorte/" + land + "/stelle").etag()).as("nothing changed").isEqualTo(etag);
    }

    @Test
    void maintainersCreateLocationsOnlyForTheirOwnOrganisationsAndWithoutCoordinates() {
        assertForbiddenField(create(maintainerA, MatrixFixtures.SEEDED_B, ""), "organisation");
        assertForbiddenField(create(maintainerA, MatrixFixtures.SEEDED_A, ",\"latitude\":48.0"), "latitude");
        assertForbiddenField(create(maintainerA, MatrixFixtures.SEEDED_A, ",\"nationwide\":true"), "nationwide");
        ApiClient.Response elsewhere = maintainerA.put(NODES + "/standorte", """
                {"name":"x","type":"location","properties":{"name":"X","organisation":"%s","types":["suchtberatung"]}}"""
                .formatted(MatrixFixtures.SEEDED_A));
        assertThat(elsewhere.status()).as("only directly below a Land folder").isEqualTo(403);
        ApiClient.Response created = create(maintainerA, MatrixFixtures.SEEDED_A, ",\"phone\":\"0761 1\",\"city\":\"Freiburg\"");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("createdBy").asString()).isEqualTo("beratung-a");
    }

    @Test
    void restoringAVersionIsCheckedLikeTheChangesItMakes() {
        ApiClient.Response created = ownLocation();
        String path = NODES + "/standorte/" + land + "/stelle";
        String etag = editor.post(path + "@publish", created.etag(), "{}").etag();
        etag = editor.post(path, etag, "{\"properties\":{\"name\":\"Umbenannt\"}}").etag();
        assertForbiddenField(maintainerA.post(path + "@restore", etag, "{\"version\":1}"), "name");
        etag = editor.post(path, etag, "{\"properties\":{\"name\":\"Beratungsstelle\",\"phone\":\"9\"}}").etag();
        assertThat(maintainerA.post(path + "@restore", etag, "{\"version\":1}").status()).isEqualTo(200);
    }

    @Test
    void seededMembershipsOfTheDemoUsers() {
        String breisgau = NODES + "/standorte/baden-wuerttemberg/beratungsstelle-wohnungsnot-erdmannhausen";
        assertThat(maintainerA.get(breisgau).status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "beratung-b", "beratung-b").get(breisgau).status()).isEqualTo(404);
        ApiClient.Response list = maintainerA.get(NODES + "/@list?nodeType=location&limit=500");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("results").size()).isGreaterThanOrEqualTo(6);
        for (JsonNode location : list.json().get("results")) {
            JsonNode organisation = null;
            for (JsonNode property : location.get("properties")) {
                if (property.get("name").asString().equals("organisation")) {
                    organisation = property.get("values").get(0);
                }
            }
            assertThat(organisation.asString()).isEqualTo(MatrixFixtures.SEEDED_A);
        }
        ApiClient.Response root = maintainerA.get(NODES + "?depth=2");
        assertThat(root.json().get("nodes").size()).as("folders are not theirs").isZero();
    }

    @Test
    void theAuditLogRecordsTheOrganisationAMaintainerActedFor() {
        ApiClient.Response created = ownLocation();
        assertThat(update(created.etag(), "{\"phone\":\"0761 42\"}").status()).isEqualTo(200);
        String id = created.json().get("identifier").asString();
        ApiClient.Response audit = ApiClient.as(port, "admin", "admin").get("/.rest/audit/v1?node=" + id + "&action=update");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get(0).get("actor").asString()).isEqualTo("beratung-a");
        assertThat(audit.json().get(0).get("organisations").asString()).isEqualTo(MatrixFixtures.SEEDED_A);
        ApiClient.Response byOrganisation = ApiClient.as(port, "admin", "admin")
                .get("/.rest/audit/v1?organisation=" + MatrixFixtures.SEEDED_A + "&node=" + id);
        assertThat(byOrganisation.json().size()).isEqualTo(1);
    }

    @Test
    void theAllowListsNameRealLocationProperties() {
        var names = lightModules.contentTypeOf("adviceCentres", "location").orElseThrow().properties().stream()
                .map(PropertyDefinition::name).collect(Collectors.toSet());
        assertThat(names).containsAll(LocationFields.CREATABLE).containsAll(LocationFields.COORDINATES);
    }
}
