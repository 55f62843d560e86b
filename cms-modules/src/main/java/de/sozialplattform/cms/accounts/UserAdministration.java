package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.problem.ConflictException;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.InvalidInputException.FieldError;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.cms.security.Memberships;
import de.sozialplattform.cms.security.Roles;
import de.sozialplattform.search.web.WebLanguages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' view of all accounts ({@code /.rest/users/v1}): list, create with roles, disable and enable, set
 * memberships. Accounts created here for centre maintainers still confirm the AV-Vertrag at their first request
 * ({@link AgreementGate}); invitations remain the way for centres to get accounts.
 */
@Service
@Transactional
class UserAdministration {

    static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER, Roles.CENTRE_MAINTAINER);

    private final JdbcClient jdbc;
    private final LocalAccounts accounts;
    private final Memberships memberships;
    private final Organisations organisations;
    private final PasswordRules passwords;
    private final WebLanguages languages;
    private final MessageSource messages;
    private final AuditLog audit;

    UserAdministration(JdbcClient jdbc, LocalAccounts accounts, Memberships memberships, Organisations organisations,
            PasswordRules passwords, WebLanguages languages, MessageSource messages, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.memberships = memberships;
        this.organisations = organisations;
        this.passwords = passwords;
        this.languages = languages;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<UserView> list() {
        return jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list().stream()
                .map(this::view).toList();
    }

    UserView create(Caller caller, NewUser request) {
        List<FieldError> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!Invitations.USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "3 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit"));
        }
        passwords.problem(username, request.password()).ifPresent(key -> errors.add(new FieldError("password",
                messages.getMessage(key, new Object[] {passwords.minLength()}, Locale.ENGLISH))));
        List<String> roles = request.roles() == null ? List.of() : request.roles();
        if (roles.isEmpty() || roles.stream().anyMatch(role -> role == null || !ROLES.contains(role))) {
            errors.add(new FieldError("roles", "one or more of " + new TreeSet<>(ROLES)));
        }
        if (request.email() != null && !Invitations.validEmail(request.email().strip())) {
            errors.add(new FieldError("email", "not a mail address"));
        }
        if (request.language() != null && !languages.supports(request.language())) {
            errors.add(new FieldError("language", "one of " + languages.supported()));
        }
        checkOrganisations(request.organisations(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (accounts.exists(username)) {
            throw taken(username);
        }
        try {
            accounts.create(username, request.password(), request.email() == null ? null : request.email().strip(),
                    request.language() == null ? "de" : request.language(), String.join(",", new TreeSet<>(roles)));
        } catch (DuplicateKeyException e) {
            throw taken(username);
        }
        orgs(request.organisations()).forEach(org -> memberships.add(username, org));
        audit.record(caller.username(), "create-user", null, null, null, username + " " + new TreeSet<>(roles));
        return view(username);
    }

    UserView setEnabled(Caller caller, String username, boolean enabled) {
        require(username);
        if (!enabled && username.equals(caller.username())) {
            throw new ConflictException("You cannot disable your own account.");
        }
        accounts.setEnabled(username, enabled);
        audit.record(caller.username(), enabled ? "enable-user" : "disable-user", null, null, null, username);
        return view(username);
    }

    UserView setOrganisations(Caller caller, String username, List<String> organisationIds) {
        require(username);
        List<FieldError> errors = new ArrayList<>();
        if (organisationIds == null) {
            errors.add(new FieldError("organisations", "required: a list of organisation identifiers"));
        }
        checkOrganisations(organisationIds, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("DELETE FROM user_organisation WHERE username = :name").param("name", username).update();
        orgs(organisationIds).forEach(org -> memberships.add(username, org));
        audit.record(caller.username(), "set-memberships", null, null, null, username + " " + orgs(organisationIds));
        return view(username);
    }

    private void checkOrganisations(List<String> ids, List<FieldError> errors) {
        List<String> list = ids == null ? List.of() : ids;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null || organisations.find(list.get(i)).isEmpty()) {
                errors.add(new FieldError("organisations[" + i + "]", "no organisation with this identifier"));
            }
        }
    }

    private static Set<String> orgs(List<String> ids) {
        return ids == null ? Set.of() : new TreeSet<>(ids);
    }

    private void require(String username) {
        if (!jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :name").param("name", username)
                .query(Long.class).single().equals(1L)) {
            throw new NotFoundException("user " + username);
        }
    }

    private static ConflictException taken(String username) {
        return new ConflictException("The user name " + username + " is taken.", java.util.Map.of("field", "username"));
    }

    private UserView view(String username) {
        return jdbc.sql("SELECT username, roles, enabled, email, language FROM app_user WHERE username = :name")
                .param("name", username)
                .query((rs, n) -> new UserView(rs.getString("username"),
                        Arrays.stream(rs.getString("roles").split(",")).map(String::trim).sorted().toList(),
                        rs.getBoolean("enabled"), rs.getString("email"), rs.getString("language"),
                        List.copyOf(memberships.of(username))))
                .single();
    }

    /** A new account as the API takes it. */
    record NewUser(String username, String password, List<String> roles, String email, String language,
            List<String> organisations) {
    }

    /** An account as the API shows it (never its password hash). */
    record UserView(String username, List<String> roles, boolean enabled, String email, String language,
            List<String> organisations) {
    }
}
