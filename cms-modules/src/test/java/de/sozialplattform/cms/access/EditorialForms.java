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

        /** GET, following a redirect to the caller's own organisation (not the one to the sign-in page). */
        HttpResponse<String> getFollowingOwn(String path) {
            HttpResponse<String> answer = browser.get(path);
            String location = answer.headers().firstValue("Location").orElse("");
            return answer.statusCode() == 302 && location.contains("/redaktion/organisationen/")
                    ? browser.get(location.substring(location.indexOf("/redaktion/"))) : answer;
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
        AUDIT("GET", "/redaktion/protokoll", 200, Prepare.NONE, (s, f) -> s.get("/redaktion/protokoll")),
        // Review workflow (docs/review.md): the pages mirror /.rest/review/v1, forms redirect when done.
        REVIEW_QUEUE("GET", "/redaktion/pruefung", 200, Prepare.NONE, (s, f) -> s.get("/redaktion/pruefung")),
        REVIEW_MINE("GET", "/redaktion/pruefung/meine", 200, Prepare.NONE, (s, f) -> s.get("/redaktion/pruefung/meine")),
        REVIEW_OVERDUE("GET", "/redaktion/pruefung/faellig", 200, Prepare.NONE,
                (s, f) -> s.get("/redaktion/pruefung/faellig")),
        REVIEW_DETAIL("GET", "/redaktion/pruefung/{id}", 200, Prepare.SUBMITTED,
                (s, f) -> s.get("/redaktion/pruefung/" + f.requestOrNone())),
        REVIEW_APPROVE("POST", "/redaktion/pruefung/{id}/freigeben", 302, Prepare.SUBMITTED,
                (s, f) -> s.post("/redaktion/pruefung/" + f.requestOrNone() + "/freigeben", version(f))),
        REVIEW_REJECT("POST", "/redaktion/pruefung/{id}/ablehnen", 302, Prepare.SUBMITTED,
                (s, f) -> s.post("/redaktion/pruefung/" + f.requestOrNone() + "/ablehnen",
                        List.of(Map.entry("note", "Matrix")))),
        REVIEW_WITHDRAW("POST", "/redaktion/pruefung/{id}/zurueckziehen", 302, Prepare.SUBMITTED,
                (s, f) -> s.post("/redaktion/pruefung/" + f.requestOrNone() + "/zurueckziehen", List.of())),
        REVIEW_SUBMIT("POST", "/redaktion/pruefung/standorte/{id}/einreichen", 302, Prepare.NONE,
                (s, f) -> s.post("/redaktion/pruefung/standorte/" + f.node().id() + "/einreichen", version(f))),
        REVIEW_CONFIRM("POST", "/redaktion/pruefung/standorte/{id}/bestaetigen", 302, Prepare.PUBLISHED,
                (s, f) -> s.post("/redaktion/pruefung/standorte/" + f.node().id() + "/bestaetigen", version(f))),
        // Accounts (docs/accounts.md). A maintainer bound to one organisation is sent on from the lists to it; the
        // matrix follows that one redirect, as a browser does.
        ORGANISATIONS("GET", "/redaktion/organisationen", 200, Prepare.NONE,
                (s, f) -> s.getFollowingOwn("/redaktion/organisationen")),
        COLLEAGUES("GET", "/redaktion/kolleginnen", 200, Prepare.NONE, (s, f) -> s.getFollowingOwn("/redaktion/kolleginnen")),
        ORGANISATION_ACCOUNTS("GET", "/redaktion/organisationen/{id}", 200, Prepare.NONE,
                (s, f) -> s.get("/redaktion/organisationen/" + f.node().id())),
        INVITE("POST", "/redaktion/organisationen/{id}/einladungen", 302, Prepare.NONE,
                (s, f) -> s.post("/redaktion/organisationen/" + f.node().id() + "/einladungen",
                        List.of(Map.entry("email", "matrix@demo.example.org"), Map.entry("language", "de")))),
        // No such invitation or member: whoever gets past authorization meets the 404 of the missing object.
        INVITATION_CANCEL("POST", "/redaktion/organisationen/{id}/einladungen/{invitation}/zurueckziehen", 404,
                Prepare.NONE, (s, f) -> s.post("/redaktion/organisationen/" + f.node().id()
                        + "/einladungen/00000000-0000-4000-8000-000000000000/zurueckziehen", List.of())),
        MEMBER_REMOVE("POST", "/redaktion/organisationen/{id}/mitglieder/{username}/entfernen", 404, Prepare.NONE,
                (s, f) -> s.post("/redaktion/organisationen/" + f.node().id() + "/mitglieder/no-such-user/entfernen",
                        List.of())),
        OFFBOARD("POST", "/redaktion/organisationen/{id}/offboarding", 302, Prepare.NONE,
                (s, f) -> s.post("/redaktion/organisationen/" + f.node().id() + "/offboarding",
                        List.of(Map.entry("confirm", "true")))),
        AGREEMENT("GET", "/redaktion/av-vertrag", 200, Prepare.NONE, (s, f) -> s.get("/redaktion/av-vertrag")),
        // An outdated version: everyone who may confirm gets the form back with the message (400), nobody a 403.
        AGREEMENT_CONFIRM("POST", "/redaktion/av-vertrag", 400, Prepare.NONE,
                (s, f) -> s.post("/redaktion/av-vertrag",
                        List.of(Map.entry("agreed", "true"), Map.entry("agreementVersion", "matrix-outdated")))),
        USERS("GET", "/redaktion/benutzer", 200, Prepare.NONE, (s, f) -> s.get("/redaktion/benutzer")),
        USER_DISABLE("POST", "/redaktion/benutzer/{username}/sperren", 404, Prepare.NONE,
                (s, f) -> s.post("/redaktion/benutzer/no-such-user/sperren", List.of())),
        USER_ENABLE("POST", "/redaktion/benutzer/{username}/entsperren", 404, Prepare.NONE,
                (s, f) -> s.post("/redaktion/benutzer/no-such-user/entsperren", List.of()));

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

    private static final Set<Form> REVIEW = EnumSet.range(Form.REVIEW_QUEUE, Form.REVIEW_CONFIRM);
    private static final Set<Form> ACCOUNTS = EnumSet.range(Form.ORGANISATIONS, Form.USER_ENABLE);

    /** The expected status; for lists also whether the object is in it ({@code null}: not checked). */
    static AccessMatrix.Expect expected(Role role, Target target, Form form) {
        if (role == Role.ANONYMOUS) {
            return AccessMatrix.Expect.of(302);
        }
        if (REVIEW.contains(form)) {
            return AccessMatrix.Expect.of(review(role, target, form));
        }
        if (ACCOUNTS.contains(form)) {
            return AccessMatrix.Expect.of(accounts(role, target, form));
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

    /**
     * Review pages: lists for everyone (filtered; a maintainer's queue is "my submissions"); requests and buttons of
     * locations only, another organisation's is not found; submitting and confirming for editors and the location's
     * maintainers, deciding for reviewers and editors, withdrawing only for the submitter (a matrix fixture's
     * submitter is nobody here).
     */
    private static int review(Role role, Target target, Form form) {
        boolean own = target.owner == role.organisation();
        switch (form) {
            case REVIEW_QUEUE:
                return role.maintainer() ? 302 : 200;
            case REVIEW_MINE, REVIEW_OVERDUE:
                return 200;
            default:
                break;
        }
        if (!target.location() || (role.maintainer() && !own)) {
            return 404;
        }
        return switch (form) {
            case REVIEW_DETAIL -> 200;
            case REVIEW_SUBMIT, REVIEW_CONFIRM -> role == Role.REVIEWER ? 403 : 302;
            case REVIEW_APPROVE, REVIEW_REJECT -> role.maintainer() ? 403 : 302;
            default -> 403;
        };
    }

    /**
     * Account pages: organisations' accounts for editors and for the organisation's own maintainers (another's is
     * not found), never reviewers; off-boarding for editors only; the user list for administrators only; the
     * agreement for everyone signed in.
     */
    private static int accounts(Role role, Target target, Form form) {
        boolean staff = role == Role.EDITOR || role == Role.ADMIN;
        switch (form) {
            case AGREEMENT:
                return 200;
            case AGREEMENT_CONFIRM:
                return 400;
            case USERS, USER_DISABLE, USER_ENABLE:
                return role == Role.ADMIN ? form.ok : 403;
            case ORGANISATIONS, COLLEAGUES:
                return role == Role.REVIEWER ? 403 : 200;
            case OFFBOARD:
                if (!staff) {
                    return 403;
                }
                break;
            default:
                if (role == Role.REVIEWER) {
                    return 403;
                }
                break;
        }
        boolean organisation = target == Target.ORGANISATION_A || target == Target.ORGANISATION_B;
        boolean mayManage = staff || target.owner == role.organisation();
        return organisation && mayManage ? form.ok : 404;
    }

    private static List<Map.Entry<String, String>> version(MatrixFixtures.Fixture fixture) {
        return List.of(Map.entry("version", String.valueOf(fixture.node().lockVersion())));
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
