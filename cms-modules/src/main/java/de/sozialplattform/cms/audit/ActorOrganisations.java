package de.sozialplattform.cms.audit;

import java.util.Set;

/**
 * The organisations a user acts for (a centre maintainer's Träger), so the audit log can say on whose behalf a
 * change was made. Implemented where users live; the audit log must not know about accounts.
 */
public interface ActorOrganisations {

    /** Organisation node identifiers; empty for staff (editors, reviewers, administrators) and the system. */
    Set<String> of(String actor);
}
