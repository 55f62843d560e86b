package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removing a maintainer from an organisation, by an editor or by a colleague of the same organisation. */
@Service
@Transactional
class Colleagues {

    private final Organisations organisations;
    private final Members members;
    private final AuditLog audit;

    Colleagues(Organisations organisations, Members members, AuditLog audit) {
        this.organisations = organisations;
        this.members = members;
        this.audit = audit;
    }

    Members.Removal remove(Caller caller, String organisationId, String username) {
        Node organisation = organisations.requireManageable(caller, organisationId);
        Members.Removal removal = members.remove(username, organisationId);
        if (removal == Members.Removal.NONE) {
            throw new NotFoundException("maintainer " + username + " of this organisation");
        }
        audit.record(caller.username(), "remove-maintainer", Organisations.WORKSPACE, organisationId,
                organisation.path(), username + (removal == Members.Removal.DISABLED ? " (account disabled)" : ""));
        return removal;
    }
}
