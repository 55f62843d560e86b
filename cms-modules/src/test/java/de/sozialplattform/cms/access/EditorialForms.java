package de.sozialplattform.cms.access;

import de.sozialplattform.cms.WebSession;
import de.sozialplattform.cms.access.AccessMatrix.Prepare;
import de.sozialplattform.cms.access.AccessMatrix.Role;
import de.sozialplattform.cms.access.AccessMatrix.Target;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The access matrix of the editorial web: every page (GET) and form (POST) below {@code /redaktion}, with the
 * status each role gets on each target, written out from the rules in docs/management-api.md ("Roles and
 * ownership") independently of {@link ContentAccess}, like {@link AccessMatrix} for the API. A page answers 200,
 * a form that did its work redirects (302); refusals are 403, another organisation's object 404, and a visitor
 * who is not signed in is sent to the sign-in page (302 to /anmelden).
 */
final class EditorialForms {

    private EditorialForms() {
    }

    /** A signed-in browser and the CSRF token of its session. */
    record Session(WebSession browser, String csrf) {

        HttpResponse<String> get(String path) {
            return browser.get(path);
        }

        HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
            return browser.post(path, csrf, fields);
        }
    }

    enum Form {
        HOME("GET", "/redaktion", 200, Prepare.NONE, (s, f) -> s.get("/redaktion")),
        LIST("GET", "/redaktion/inhalte/{type}", 200, Prepare.NONE,
                (s, f) -> s.get("/redaktion/inhalte/" + f.node().nodeType() + "?q=" + f.node().name())),
        EDIT("GET", "/redaktion/bearbeiten/{workspace}/{*path}", 200, Prepare.NONE,
                (s, f) -> s.get("/redaktion/bearbeiten/" + f.workspace() + f.path())),
        SAVE("POST", "/redaktion/bearbeiten/{workspace}/{*path}", 302, Prepare.NONE,
                (s, f) -> s.post("/redaktion/bearbeiten/" + f.workspace() + f.path(), save(f))),
        PUBLISH("POST", "/redaktion/veroeffentlichen/{workspace}/{*path}", 302, Prepare.NONE,
                (s, f) -> s.post("/redaktion/veroeffentlichen/" + f.workspace() + f.path(), lock(f))),
        UNPUBLISH("POST", "/redaktion/zurueckziehen/{workspace}/{*path}", 302, Prepare.PUBLISHED,
                (s, f) -> s.post("/redaktion/zurueckziehen/" + f.workspace() + f.path(), lock(f))),
        HISTORY("GET", "/redaktion/versionen/{workspace}/{*path}", 200, Prepare.PUBLISHED,
                (s, f) -> s.get("/redaktion/versionen/" + f.workspace() + f.path() + "?version=1")),
        RESTORE("POST", "/redaktion/wiederherstellen/{workspace}/{*path}", 302, Prepare.PUBLISHED,
                (s, f) -> s.post("/redaktion/wiederherstellen/" + f.workspace() + f.path(),
                        List.of(Map.entry("lock", String.valueOf(f.node().lockVersion())), Map.entry("version", "1")))),
        PREVIEW("POST", "/redaktion/vorschau/{workspace}/{*path}", 302, Prepare.NONE,
                (s, f) -> s.post("/redaktion/vorschau/" + f.workspace() + f.path(), List.of())),
        AUDIT("GET", "/redaktion/protokoll", 200, Prepare.NONE, (s, f) -> s.get("/redaktion/protokoll"));

        final String method;
        final String mapping;
        final int ok;
        final Prepare prepare;
        final BiFunction<Session, MatrixFixtures.Fixture, HttpResponse<String>> call;

        Form(String method, String mapping, int ok, Prepare prepare,
                BiFunction<Session, MatrixFixtures.Fixture, HttpResponse<String>> call) {
            this.method = method;
            this.mapping = mapping;
            this.ok = ok;
            this.prepare = prepare;
            this.call = call;
        }
    }

    private static final Set<Form> NODE_FORMS = EnumSet.of(Form.EDIT, Form.SAVE, Form.PUBLISH, Form.UNPUBLISH,
            Form.HISTORY, Form.RESTORE, Form.PREVIEW);
    private static final Set<Form> READS = EnumSet.of(Form.HOME, Form.LIST, Form.EDIT, Form.HISTORY);

    /** The expected status; for lists also whether the object is in it ({@code null}: not checked). */
    static AccessMatrix.Expect expected(Role role, Target target, Form form) {
        if (role == Role.ANONYMOUS) {
            return AccessMatrix.Expect.of(302);
        }
        if (form == Form.AUDIT) {
            return AccessMatrix.Expect.of(role == Role.ADMIN ? 200 : 403);
        }
        if (form == Form.PREVIEW && (role == Role.EDITOR || role == Role.ADMIN || role == Role.REVIEWER)) {
            // only information pages have a citizen page to preview
            return AccessMatrix.Expect.of(target == Target.PAGE ? 302 : 404);
        }
        if (form == Form.HOME || role == Role.EDITOR || role == Role.ADMIN) {
            return new AccessMatrix.Expect(form.ok, form == Form.LIST ? true : null);
        }
        if (role == Role.REVIEWER) {
            boolean approves = (form == Form.PUBLISH || form == Form.UNPUBLISH) && target.adviceCentres();
            return READS.contains(form) || approves
                    ? new AccessMatrix.Expect(form.ok, form == Form.LIST ? true : null) : AccessMatrix.Expect.of(403);
        }
        boolean own = target.owner == role.organisation();
        if (!target.adviceCentres()) {
            return AccessMatrix.Expect.of(403);
        }
        if (form == Form.LIST) {
            return new AccessMatrix.Expect(200, own);
        }
        if (!own && NODE_FORMS.contains(form)) {
            return AccessMatrix.Expect.of(404);
        }
        if (form == Form.EDIT || form == Form.HISTORY) {
            return AccessMatrix.Expect.of(200);
        }
        // own objects: maintainers change and restore their locations; never publish; organisations stay read-only
        boolean changes = form == Form.SAVE || form == Form.RESTORE;
        return AccessMatrix.Expect.of(changes && target.location() ? form.ok : 403);
    }

    private static List<Map.Entry<String, String>> lock(MatrixFixtures.Fixture fixture) {
        return List.of(Map.entry("lock", String.valueOf(fixture.node().lockVersion())));
    }

    /** Saves a field every role that may save may change: phone of advice centres, a teaser or short description. */
    private static List<Map.Entry<String, String>> save(MatrixFixtures.Fixture fixture) {
        String field = switch (fixture.target()) {
            case LOCATION_A, LOCATION_B, ORGANISATION_A, ORGANISATION_B -> "phone";
            case PAGE -> "teaser";
            case BENEFIT -> "shortDescription";
        };
        return List.of(Map.entry("lock", String.valueOf(fixture.node().lockVersion())), Map.entry("fields", field),
                Map.entry("p." + field, "0000 9"), Map.entry("action", "save"));
    }
}
