package de.sozialplattform.cms.access;

import de.sozialplattform.cms.security.Roles;
import java.util.Set;

/**
 * The signed-in user as authorization sees it.
 *
 * @param roles role names without the {@code ROLE_} prefix (see {@link Roles})
 * @param organisations identifiers of the organisation nodes a centre maintainer acts for; empty for staff
 */
public record Caller(String username, Set<String> roles, Set<String> organisations) {

    public Caller {
        roles = Set.copyOf(roles);
        organisations = Set.copyOf(organisations);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean isEditor() {
        return roles.contains(Roles.EDITOR);
    }

    public boolean isReviewer() {
        return roles.contains(Roles.REVIEWER);
    }

    /** A centre maintainer who is not also staff: only then do ownership rules apply. */
    public boolean isMaintainerOnly() {
        return roles.contains(Roles.CENTRE_MAINTAINER) && !isEditor() && !isReviewer();
    }
}
