package de.sozialplattform.cms.accounts;

import static de.sozialplattform.cms.accounts.AccountFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code /.rest/users/v1} over real HTTP against a real database: administrators create, list, disable, enable and
 * bind accounts; bad input is 400 naming the field. Runs on H2 and PostgreSQL (subclasses); who may call it at all
 * is in the access matrix.
 */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class UsersApiContract {

    static final String USERS = "/.rest/users/v1";
    static final String PASSWORD = "ein langes Passwort";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Test
    void anAdministratorCreatesDisablesEnablesAndBindsAnAccount() {
        ApiClient admin = ApiClient.as(port, "admin", "admin");
        Node organisation = new AccountFixtures(content).organisation("Träger " + unique("API"));
        String username = unique("api");
        ApiClient.Response created = admin.post(USERS, null, "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"EDITOR\"],\"email\":\"" + username + "@beratung.example\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("roles").get(0).asString()).isEqualTo("EDITOR");
        assertThat(created.body()).doesNotContain("password");
        assertThat(admin.get(USERS).body()).contains("\"" + username + "\"");
        ApiClient user = ApiClient.as(port, username, PASSWORD);
        assertThat(user.get("/.rest/nodes/v1/adviceCentres" + organisation.path()).status()).isEqualTo(200);

        WebSession session = WebSession.on(port);
        session.signIn(username, PASSWORD);
        assertThat(session.get("/redaktion").statusCode()).isEqualTo(200);
        assertThat(admin.post(USERS + "/" + username + "@disable", null, "").json().get("enabled").asBoolean())
                .isFalse();
        assertThat(user.get("/.rest/nodes/v1/adviceCentres" + organisation.path()).status()).isEqualTo(401);
        assertThat(session.get("/redaktion").statusCode()).as("the open session ends at once").isEqualTo(302);
        assertThat(admin.post(USERS + "/" + username + "@enable", null, "").json().get("enabled").asBoolean()).isTrue();
        assertThat(user.get("/.rest/nodes/v1/adviceCentres" + organisation.path()).status()).isEqualTo(200);

        ApiClient.Response bound = admin.put(USERS + "/" + username + "/organisations",
                "{\"organisations\":[\"" + organisation.id() + "\"]}");
        assertThat(bound.status()).isEqualTo(200);
        assertThat(bound.json().get("organisations").get(0).asString()).isEqualTo(organisation.id().toString());
    }

    @Test
    void badInputIsNamedByField() {
        ApiClient admin = ApiClient.as(port, "admin", "admin");
        ApiClient.Response invalid = admin.post(USERS, null,
                "{\"username\":\"X!\",\"password\":\"kurz\",\"roles\":[\"KING\"],\"email\":\"nope\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).contains("problem+json");
        assertThat(fields(invalid.json())).containsExactly("username", "password", "roles", "email");

        ApiClient.Response taken = admin.post(USERS, null, "{\"username\":\"editor\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"EDITOR\"]}");
        assertThat(taken.status()).isEqualTo(409);
        ApiClient.Response unknownOrg = admin.put(USERS + "/editor/organisations",
                "{\"organisations\":[\"00000000-0000-0000-0000-000000000000\"]}");
        assertThat(unknownOrg.status()).isEqualTo(400);
        assertThat(fields(unknownOrg.json())).containsExactly("organisations[0]");
        ApiClient.Response self = admin.post(USERS + "/admin@disable", null, "");
        assertThat(self.status()).isEqualTo(409);
        ApiClient.Response notJson = admin.post(USERS, null, "{");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void theUsersPageListsAndDisablesForAdministratorsOnly() {
        ApiClient admin = ApiClient.as(port, "admin", "admin");
        String username = unique("seite");
        assertThat(admin.post(USERS, null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"REVIEWER\"]}").status()).isEqualTo(201);
        WebSession editor = WebSession.on(port);
        editor.signIn("editor", "editor");
        assertThat(editor.get("/redaktion/benutzer").statusCode()).isEqualTo(403);

        WebSession web = WebSession.on(port);
        web.signIn("admin", "admin");
        var page = web.get("/redaktion/benutzer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(username).contains("REVIEWER");
        var disabled = web.post("/redaktion/benutzer/" + username + "/sperren", WebSession.csrfToken(page.body()),
                java.util.Map.of());
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(ApiClient.as(port, username, PASSWORD).get("/.rest/nodes/v1/pages").status()).isEqualTo(401);
        assertThat(editor.post("/redaktion/benutzer/" + username + "/entsperren",
                WebSession.csrfToken(editor.get("/redaktion").body()), java.util.Map.of()).statusCode()).isEqualTo(403);
    }

    private static java.util.List<String> fields(JsonNode problem) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
