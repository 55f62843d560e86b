package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.problem.ForbiddenException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /.rest/users/v1}: accounts and memberships, for administrators only. */
@RestController
class UsersController {

    static final String USERS = "/.rest/users/v1";

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping(USERS)
    List<UserAdministration.UserView> list(Caller caller) {
        admin(caller);
        return users.list();
    }

    @PostMapping(USERS)
    ResponseEntity<UserAdministration.UserView> create(Caller caller,
            @RequestBody(required = false) UserAdministration.NewUser user) {
        admin(caller);
        if (user == null) {
            throw de.sozialplattform.cms.problem.InvalidInputException.of("username", "required (empty body)");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(users.create(caller, user));
    }

    @PostMapping(USERS + "/{username}@disable")
    UserAdministration.UserView disable(Caller caller, @PathVariable String username) {
        admin(caller);
        return users.setEnabled(caller, username, false);
    }

    @PostMapping(USERS + "/{username}@enable")
    UserAdministration.UserView enable(Caller caller, @PathVariable String username) {
        admin(caller);
        return users.setEnabled(caller, username, true);
    }

    @PutMapping(USERS + "/{username}/organisations")
    UserAdministration.UserView organisations(Caller caller, @PathVariable String username,
            @RequestBody(required = false) Memberships body) {
        admin(caller);
        return users.setOrganisations(caller, username, body == null ? null : body.organisations());
    }

    /** The security chain lets only administrators through; the check here keeps that true if it changes. */
    private static void admin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Accounts are managed by administrators.");
        }
    }

    /** The body of a membership change: the complete list of organisations. */
    record Memberships(List<String> organisations) {
    }
}
