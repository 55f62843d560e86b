package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.JSON;
import static de.sozialplattform.cms.apidocs.Docs.arrayOf;
import static de.sozialplattform.cms.apidocs.Docs.authErrors;
import static de.sozialplattform.cms.apidocs.Docs.bool;
import static de.sozialplattform.cms.apidocs.Docs.body;
import static de.sozialplattform.cms.apidocs.Docs.conflict;
import static de.sozialplattform.cms.apidocs.Docs.invalidInput;
import static de.sozialplattform.cms.apidocs.Docs.managed;
import static de.sozialplattform.cms.apidocs.Docs.notFound;
import static de.sozialplattform.cms.apidocs.Docs.object;
import static de.sozialplattform.cms.apidocs.Docs.ok;
import static de.sozialplattform.cms.apidocs.Docs.pathParam;
import static de.sozialplattform.cms.apidocs.Docs.ref;
import static de.sozialplattform.cms.apidocs.Docs.string;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Accounts and memberships for administrators ({@code accounts.UsersController}); see docs/accounts.md. */
final class UsersPaths {

    static final String TAG = "Users";
    private static final String ADMIN = "ADMIN";
    private static final String USERS = "/.rest/users/v1";

    private UsersPaths() {
    }

    static Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(USERS, new PathItem().get(list()).post(create()));
        paths.put(USERS + "/{username}@disable", new PathItem().post(enabled(false)));
        paths.put(USERS + "/{username}@enable", new PathItem().post(enabled(true)));
        paths.put(USERS + "/{username}/organisations", new PathItem().put(organisations()));
        return paths;
    }

    static Map<String, Schema> schemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        Schema<?> roles = arrayOf(Docs.enumOf(null, "ADMIN", "EDITOR", "REVIEWER", "CENTRE_MAINTAINER"), "Roles");
        Schema<?> organisations = arrayOf(string(null).format("uuid"),
                "Identifiers of the `organisation` nodes (workspace `adviceCentres`) a centre maintainer acts for");
        schemas.put("User", object("An account (never its password).")
                .addProperty("username", string(null)).addProperty("roles", roles)
                .addProperty("enabled", bool("Whether the account may sign in"))
                .addProperty("email", string("Where mails reach the user")).addProperty("language", string(null))
                .addProperty("organisations", organisations));
        schemas.put("NewUser", object("A new local account.")
                .addProperty("username", string("3 to 64 of `a-z 0-9 . _ -`; unique regardless of case"))
                .addProperty("password", string("At least `sozial.accounts.min-password-length` (12) characters, "
                        + "not containing the user name"))
                .addProperty("roles", roles).addProperty("email", string(null))
                .addProperty("language", string("A web language, default `de`"))
                .addProperty("organisations", organisations)
                .required(List.of("username", "password", "roles")));
        schemas.put("Memberships", object("The complete list of a user's organisations.")
                .addProperty("organisations", organisations).required(List.of("organisations")));
        return schemas;
    }

    private static Parameter username() {
        return pathParam("username", "The account's user name").schema(string(null));
    }

    private static Operation list() {
        Operation operation = managed(TAG, "listUsers", ADMIN, "List accounts", "All accounts by user name.");
        operation.getResponses().addApiResponse("200", ok(JSON, arrayOf(ref("User"), null), "The accounts"));
        return authErrors(operation);
    }

    private static Operation create() {
        Operation operation = managed(TAG, "createUser", ADMIN, "Create an account",
                "Creates a local account with roles and memberships. Centre maintainers confirm the AV-Vertrag at "
                        + "their first request; centres normally get accounts by invitation (docs/accounts.md).")
                .requestBody(body(JSON, ref("NewUser"), true, "The account"));
        operation.getResponses()
                .addApiResponse("201", ok(JSON, ref("User"), "Created"))
                .addApiResponse("400", invalidInput("A field is missing or invalid"))
                .addApiResponse("409", conflict("The user name is taken"));
        return authErrors(operation);
    }

    private static Operation enabled(boolean enable) {
        Operation operation = managed(TAG, enable ? "enableUser" : "disableUser", ADMIN,
                enable ? "Enable an account" : "Disable an account",
                enable ? "The account may sign in again." : "The account cannot sign in any more; its open sessions "
                        + "end at their next request. Administrators cannot disable themselves (409).")
                .addParametersItem(username());
        operation.getResponses().addApiResponse("200", ok(JSON, ref("User"), "The account now"))
                .addApiResponse("404", notFound("No such account"));
        if (!enable) {
            operation.getResponses().addApiResponse("409", conflict("Your own account"));
        }
        return authErrors(operation);
    }

    private static Operation organisations() {
        Operation operation = managed(TAG, "setUserOrganisations", ADMIN, "Set an account's organisations",
                "Replaces the organisations the account acts for.")
                .addParametersItem(username())
                .requestBody(body(JSON, ref("Memberships"), true, "The complete list"));
        operation.getResponses().addApiResponse("200", ok(JSON, ref("User"), "The account now"))
                .addApiResponse("400", invalidInput("An identifier names no organisation"))
                .addApiResponse("404", notFound("No such account"));
        return authErrors(operation);
    }
}
