package de.sozialplattform.cms.access;

import de.sozialplattform.cms.ApiClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The specification of the access matrix: roles, targets, every endpoint of the management API, and the
 * status each role gets for each endpoint on each target. Written out here independently of
 * {@link ContentAccess}, so the test compares the implementation against the rules as documented in
 * docs/management-api.md ("Roles and ownership").
 */
final class AccessMatrix {

    private AccessMatrix() {
    }

    enum Role {
        ANONYMOUS(null), MAINTAINER_A("beratung-a"), MAINTAINER_B("beratung-b"), REVIEWER("reviewer"),
        EDITOR("editor"), ADMIN("admin");

        final String user;

        Role(String user) {
            this.user = user;
        }

        ApiClient client(int port) {
            return user == null ? ApiClient.anonymous(port) : ApiClient.as(port, user, user);
        }

        boolean maintainer() {
            return this == MAINTAINER_A || this == MAINTAINER_B;
        }

        char organisation() {
            return this == MAINTAINER_A ? 'A' : this == MAINTAINER_B ? 'B' : ' ';
        }
    }

    enum Target {
        LOCATION_A("adviceCentres", "location", 'A'), LOCATION_B("adviceCentres", "location", 'B'),
        ORGANISATION_A("adviceCentres", "organisation", 'A'), ORGANISATION_B("adviceCentres", "organisation", 'B'),
        PAGE("pages", "infoPage", ' '), BENEFIT("benefits", "benefit", ' ');

        final String workspace;
        final String nodeType;
        final char owner;

        Target(String workspace, String nodeType, char owner) {
            this.workspace = workspace;
            this.nodeType = nodeType;
            this.owner = owner;
        }

        boolean adviceCentres() {
            return workspace.equals("adviceCentres");
        }

        boolean location() {
            return nodeType.equals("location");
        }
    }

    /** What an endpoint needs of its object before the call. */
    enum Prepare { NONE, PUBLISHED, TRASHED, FEEDBACK, SUBMITTED }

    private static final String NODES = "/.rest/nodes/v1";
    private static final String REVIEW = "/.rest/review/v1";
    private static final String USERS = "/.rest/users/v1";

    /**
     * Every endpoint under /.rest/ that is not the public Delivery API, with the mapping Spring serves it from
     * (the test fails when Spring knows a mapping no endpoint here names), the status of a successful call, and
     * the call itself against a prepared object.
     */
    enum Endpoint {
        READ("GET", NODES + "/**", 200, Prepare.NONE, (c, f) -> c.get(NODES + "/" + f.workspace() + f.path() + "?depth=1")),
        LIST("GET", NODES + "/**", 200, Prepare.NONE,
                (c, f) -> c.get(NODES + "/" + f.workspace() + f.parent() + "@list?limit=500")),
        VERSIONS("GET", NODES + "/**", 200, Prepare.NONE, (c, f) -> c.get(NODES + "/" + f.workspace() + f.path() + "@versions")),
        VERSION("GET", NODES + "/**", 200, Prepare.PUBLISHED,
                (c, f) -> c.get(NODES + "/" + f.workspace() + f.path() + "@versions/1")),
        CREATE("PUT", NODES + "/**", 201, Prepare.NONE, AccessMatrix::createSibling),
        UPDATE("POST", NODES + "/**", 200, Prepare.NONE, (c, f) -> c.post(NODES + "/" + f.workspace() + f.path(),
                f.node().etag(), "{\"properties\":" + update(f.target()) + "}")),
        PUBLISH("POST", NODES + "/**", 200, Prepare.NONE,
                (c, f) -> c.post(NODES + "/" + f.workspace() + f.path() + "@publish", f.node().etag(), "{}")),
        UNPUBLISH("POST", NODES + "/**", 200, Prepare.PUBLISHED,
                (c, f) -> c.post(NODES + "/" + f.workspace() + f.path() + "@unpublish", f.node().etag(), "{}")),
        MOVE("POST", NODES + "/**", 200, Prepare.NONE, (c, f) -> c.post(NODES + "/" + f.workspace() + f.path() + "@move",
                f.node().etag(), "{\"destination\":\"" + f.parent() + "\",\"name\":\"" + f.node().name() + "-moved\"}")),
        RESTORE_VERSION("POST", NODES + "/**", 200, Prepare.PUBLISHED,
                (c, f) -> c.post(NODES + "/" + f.workspace() + f.path() + "@restore", f.node().etag(), "{\"version\":1}")),
        DELETE("DELETE", NODES + "/**", 204, Prepare.NONE,
                (c, f) -> c.delete(NODES + "/" + f.workspace() + f.path(), f.node().etag())),
        TRASH_LIST("GET", "/.rest/trash/v1/{workspace}", 200, Prepare.NONE, (c, f) -> c.get("/.rest/trash/v1/" + f.workspace())),
        TRASH_RESTORE("POST", "/.rest/trash/v1/{workspace}/{id}/restore", 200, Prepare.TRASHED,
                (c, f) -> c.post("/.rest/trash/v1/" + f.workspace() + "/" + f.id() + "/restore", null, "")),
        TRASH_PURGE("DELETE", "/.rest/trash/v1/{workspace}/{id}", 204, Prepare.TRASHED,
                (c, f) -> c.delete("/.rest/trash/v1/" + f.workspace() + "/" + f.id(), null)),
        EXPORT("GET", "/.rest/export/v1/{workspace}/{*path}", 200, Prepare.NONE,
                (c, f) -> c.get("/.rest/export/v1/" + f.workspace() + f.path())),
        IMPORT("POST", "/.rest/import/v1/{workspace}/{*parentPath}", 200, Prepare.NONE, AccessMatrix::importFolder),
        PREVIEW_TOKEN("POST", "/.rest/preview/v1/tokens", 201, Prepare.NONE, (c, f) -> c.post("/.rest/preview/v1/tokens", null, "")),
        FEEDBACK_LIST("GET", "/.rest/feedback/v1", 200, Prepare.FEEDBACK, (c, f) -> c.get("/.rest/feedback/v1?limit=500")),
        FEEDBACK_CLOSE("POST", "/.rest/feedback/v1/{id}@close", 204, Prepare.FEEDBACK,
                (c, f) -> c.post("/.rest/feedback/v1/" + f.feedbackId() + "@close", null, "")),
        OUTBOX("GET", "/.rest/outbox/v1", 200, Prepare.NONE, (c, f) -> c.get("/.rest/outbox/v1")),
        OUTBOX_EVENTS("GET", "/.rest/outbox/v1/events", 200, Prepare.NONE, (c, f) -> c.get("/.rest/outbox/v1/events")),
        // No such event: an administrator gets past authorization to the 404.
        OUTBOX_RETRY("POST", "/.rest/outbox/v1/events/{id}/retry", 404, Prepare.NONE,
                (c, f) -> c.post("/.rest/outbox/v1/events/999999999/retry", null, "")),
        AUDIT("GET", "/.rest/audit/v1", 200, Prepare.NONE, (c, f) -> c.get("/.rest/audit/v1?limit=1")),
        LIGHT_MODULES("GET", "/.rest/light-modules/v1", 200, Prepare.NONE, (c, f) -> c.get("/.rest/light-modules/v1")),
        // An upload without a file: an editor gets past authorization to the 400 naming the file.
        ASSET_UPLOAD("POST", "/.rest/assets/v1/**", 400, Prepare.NONE, (c, f) -> c.raw(c.request("/.rest/assets/v1/")
                .header("Content-Type", "multipart/form-data; boundary=matrix")
                .POST(HttpRequest.BodyPublishers.ofString("--matrix--\r\n")))),
        // No such asset: an editor gets past authorization to the 404.
        ASSET_READ("GET", "/.rest/assets/v1/**", 404, Prepare.NONE, (c, f) -> c.get("/.rest/assets/v1/no-such-asset")),
        // Review workflow (docs/review.md): a draft is submitted as a new location; closing and confirming need a
        // published one; requests are prepared as submitted by another user (matrix-fixtures), so nobody in the
        // matrix is their submitter: withdrawing succeeds for no role here (ReviewWorkflowContract covers it).
        REVIEW_SUBMIT("POST", REVIEW + "/locations/{id}/submit", 201, Prepare.NONE,
                (c, f) -> c.post(REVIEW + "/locations/" + f.id() + "/submit", f.node().etag(), "")),
        REVIEW_CLOSE("POST", REVIEW + "/locations/{id}/close", 201, Prepare.PUBLISHED,
                (c, f) -> c.post(REVIEW + "/locations/" + f.id() + "/close", f.node().etag(), "")),
        REVIEW_CONFIRM("POST", REVIEW + "/locations/{id}/confirm", 200, Prepare.PUBLISHED,
                (c, f) -> c.post(REVIEW + "/locations/" + f.id() + "/confirm", f.node().etag(), "")),
        REVIEW_LIST("GET", REVIEW + "/requests", 200, Prepare.SUBMITTED, (c, f) -> c.get(REVIEW + "/requests?limit=500")),
        REVIEW_READ("GET", REVIEW + "/requests/{id}", 200, Prepare.SUBMITTED,
                (c, f) -> c.get(REVIEW + "/requests/" + f.requestOrNone())),
        REVIEW_APPROVE("POST", REVIEW + "/requests/{id}/approve", 200, Prepare.SUBMITTED,
                (c, f) -> c.post(REVIEW + "/requests/" + f.requestOrNone() + "/approve", f.node().etag(), "")),
        REVIEW_REJECT("POST", REVIEW + "/requests/{id}/reject", 200, Prepare.SUBMITTED,
                (c, f) -> c.post(REVIEW + "/requests/" + f.requestOrNone() + "/reject", null, "{\"note\":\"Matrix\"}")),
        REVIEW_WITHDRAW("POST", REVIEW + "/requests/{id}/withdraw", 200, Prepare.SUBMITTED,
                (c, f) -> c.post(REVIEW + "/requests/" + f.requestOrNone() + "/withdraw", null, "")),
        REVIEW_OVERDUE("GET", REVIEW + "/overdue", 200, Prepare.NONE, (c, f) -> c.get(REVIEW + "/overdue")),
        USERS_LIST("GET", USERS, 200, Prepare.NONE, (c, f) -> c.get(USERS)),
        // An empty account: an administrator gets past authorization to the 400 naming the fields.
        USERS_CREATE("POST", USERS, 400, Prepare.NONE, (c, f) -> c.post(USERS, null, "{}")),
        // No such user: an administrator gets past authorization to the 404.
        USER_DISABLE("POST", USERS + "/{username}@disable", 404, Prepare.NONE,
                (c, f) -> c.post(USERS + "/no-such-user@disable", null, "")),
        USER_ENABLE("POST", USERS + "/{username}@enable", 404, Prepare.NONE,
                (c, f) -> c.post(USERS + "/no-such-user@enable", null, "")),
        USER_ORGANISATIONS("PUT", USERS + "/{username}/organisations", 404, Prepare.NONE,
                (c, f) -> c.put(USERS + "/no-such-user/organisations", "{\"organisations\":[]}"));

        final String method;
        final String mapping;
        final int ok;
        final Prepare prepare;
        final BiFunction<ApiClient, MatrixFixtures.Fixture, ApiClient.Response> call;

        Endpoint(String method, String mapping, int ok, Prepare prepare,
                BiFunction<ApiClient, MatrixFixtures.Fixture, ApiClient.Response> call) {
            this.method = method;
            this.mapping = mapping;
            this.ok = ok;
            this.prepare = prepare;
            this.call = call;
        }
    }

    private static final Set<Endpoint> REVIEW_ENDPOINTS = EnumSet.range(Endpoint.REVIEW_SUBMIT, Endpoint.REVIEW_OVERDUE);
    private static final Set<Endpoint> REVIEW_ON_LOCATION = EnumSet.of(Endpoint.REVIEW_SUBMIT, Endpoint.REVIEW_CLOSE,
            Endpoint.REVIEW_CONFIRM);
    private static final Set<Endpoint> REVIEW_DECIDE = EnumSet.of(Endpoint.REVIEW_APPROVE, Endpoint.REVIEW_REJECT);

    private static final Set<Endpoint> ADMIN_ONLY = EnumSet.of(Endpoint.OUTBOX, Endpoint.OUTBOX_EVENTS,
            Endpoint.OUTBOX_RETRY, Endpoint.AUDIT, Endpoint.LIGHT_MODULES, Endpoint.TRASH_PURGE, Endpoint.USERS_LIST,
            Endpoint.USERS_CREATE, Endpoint.USER_DISABLE, Endpoint.USER_ENABLE, Endpoint.USER_ORGANISATIONS);
    private static final Set<Endpoint> REVIEWER_READS = EnumSet.of(Endpoint.READ, Endpoint.LIST, Endpoint.VERSIONS,
            Endpoint.VERSION, Endpoint.TRASH_LIST, Endpoint.EXPORT, Endpoint.PREVIEW_TOKEN, Endpoint.FEEDBACK_LIST);
    private static final Set<Endpoint> MAINTAINER_NEVER = EnumSet.of(Endpoint.TRASH_LIST, Endpoint.TRASH_RESTORE,
            Endpoint.EXPORT, Endpoint.IMPORT, Endpoint.PREVIEW_TOKEN, Endpoint.ASSET_UPLOAD, Endpoint.ASSET_READ);
    private static final Set<Endpoint> MAINTAINER_OWN_ORGANISATION = EnumSet.of(Endpoint.READ, Endpoint.VERSIONS,
            Endpoint.VERSION);
    private static final Set<Endpoint> MAINTAINER_OWN_LOCATION = EnumSet.of(Endpoint.READ, Endpoint.VERSIONS,
            Endpoint.VERSION, Endpoint.UPDATE, Endpoint.RESTORE_VERSION, Endpoint.DELETE, Endpoint.FEEDBACK_CLOSE);

    /**
     * The expected answer: a status, and for lists whether the object is in them ({@code null}: not checked).
     */
    record Expect(int status, Boolean listed) {

        static Expect of(int status) {
            return new Expect(status, null);
        }

        @Override
        public String toString() {
            return status + (listed == null ? "" : listed ? " listed" : " not listed");
        }
    }

    static Expect expected(Role role, Target target, Endpoint endpoint) {
        if (role == Role.ANONYMOUS) {
            return Expect.of(401);
        }
        if (REVIEW_ENDPOINTS.contains(endpoint)) {
            return review(role, target, endpoint);
        }
        if (ADMIN_ONLY.contains(endpoint)) {
            return Expect.of(role == Role.ADMIN ? endpoint.ok : 403);
        }
        boolean lists = endpoint == Endpoint.LIST || endpoint == Endpoint.FEEDBACK_LIST;
        if (role == Role.EDITOR || role == Role.ADMIN) {
            return new Expect(endpoint.ok, lists ? true : null);
        }
        if (role == Role.REVIEWER) {
            boolean approves = (endpoint == Endpoint.PUBLISH || endpoint == Endpoint.UNPUBLISH) && target.adviceCentres();
            return REVIEWER_READS.contains(endpoint) || approves
                    ? new Expect(endpoint.ok, lists ? true : null) : Expect.of(403);
        }
        return maintainer(role, target, endpoint);
    }

    /**
     * The review API: anything but a location is not found (there is no request for it either); lists answer 200
     * to every role, filtered; submitting, closing and confirming are for editors and the location's own
     * maintainers, deciding for reviewers and editors, withdrawing only for the submitter.
     */
    private static Expect review(Role role, Target target, Endpoint endpoint) {
        boolean staff = role == Role.EDITOR || role == Role.ADMIN;
        boolean own = target.owner == role.organisation();
        if (endpoint == Endpoint.REVIEW_OVERDUE) {
            return Expect.of(200);
        }
        if (endpoint == Endpoint.REVIEW_LIST) {
            return new Expect(200, target.location() && (staff || role == Role.REVIEWER || own));
        }
        if (!target.location() || (role.maintainer() && !own)) {
            return Expect.of(404);
        }
        if (REVIEW_ON_LOCATION.contains(endpoint)) {
            return Expect.of(role == Role.REVIEWER ? 403 : endpoint.ok);
        }
        if (endpoint == Endpoint.REVIEW_READ) {
            return Expect.of(endpoint.ok);
        }
        if (REVIEW_DECIDE.contains(endpoint)) {
            return Expect.of(role.maintainer() ? 403 : endpoint.ok);
        }
        return Expect.of(403); // withdraw: not the submitter
    }

    private static Expect maintainer(Role role, Target target, Endpoint endpoint) {
        boolean own = target.owner == role.organisation();
        if (endpoint == Endpoint.FEEDBACK_LIST) {
            return new Expect(200, own);
        }
        if (!target.adviceCentres() || MAINTAINER_NEVER.contains(endpoint)) {
            return Expect.of(403);
        }
        if (endpoint == Endpoint.LIST) {
            return new Expect(200, own);
        }
        if (endpoint == Endpoint.CREATE) {
            // a sibling of the same kind: another organisation's reference or an organisation node is refused
            return Expect.of(own && target.location() ? 201 : 403);
        }
        if (!own) {
            return Expect.of(404);
        }
        Set<Endpoint> allowed = target.location() ? MAINTAINER_OWN_LOCATION : MAINTAINER_OWN_ORGANISATION;
        return Expect.of(allowed.contains(endpoint) ? endpoint.ok : 403);
    }

    private static String update(Target target) {
        return switch (target) {
            case LOCATION_A, LOCATION_B, ORGANISATION_A, ORGANISATION_B -> "{\"phone\":\"0000 9\"}";
            case PAGE -> "{\"teaser\":\"Matrix\"}";
            case BENEFIT -> "{\"shortDescription\":\"Matrix\"}";
        };
    }

    private static ApiClient.Response createSibling(ApiClient client, MatrixFixtures.Fixture fixture) {
        String name = "s-" + UUID.randomUUID().toString().substring(0, 8);
        String properties = switch (fixture.target()) {
            case LOCATION_A, LOCATION_B -> "{\"name\":\"Matrix " + name + "\",\"organisation\":\""
                    + fixture.node().properties().get("organisation") + "\",\"types\":[\"suchtberatung\"],\"phone\":\"0000 3\"}";
            case ORGANISATION_A, ORGANISATION_B -> "{\"name\":\"Matrix " + name + "\"}";
            case PAGE -> "{\"title\":\"Matrix\",\"categories\":[\"benefit\"],\"lastReviewed\":\"2026-11-01\"}";
            case BENEFIT -> "{\"finderId\":\"" + name + "\",\"title\":\"Matrix\"}";
        };
        return client.put(NODES + "/" + fixture.workspace() + fixture.parent(), "{\"name\":\"" + name + "\",\"type\":\""
                + fixture.target().nodeType + "\",\"properties\":" + properties + "}");
    }

    private static ApiClient.Response importFolder(ApiClient client, MatrixFixtures.Fixture fixture) {
        String yaml = "'i-" + UUID.randomUUID().toString().substring(0, 8) + "':\n  'jcr:primaryType': 'mgnl:folder'\n";
        return client.raw(client.request("/.rest/import/v1/" + fixture.workspace() + fixture.parent())
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)));
    }
}
