package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.problem.ForbiddenException;
import de.sozialplattform.cms.problem.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an organisation's participation (the AV-Vertrag ends): its locations and the organisation leave the public
 * side, its maintainers lose the membership (and their account, when it was their only organisation), open
 * invitations are cancelled. One transaction, audited; running it again finds nothing left to do. Content stays as
 * working copies with their versions, so editors can bring an organisation back.
 */
@Service
@Transactional
class Offboarding {

    private final Organisations organisations;
    private final ContentReader reader;
    private final ContentService content;
    private final Members members;
    private final InvitationStore invitations;
    private final AuditLog audit;
    private final Clock clock;

    Offboarding(Organisations organisations, ContentReader reader, ContentService content, Members members,
            InvitationStore invitations, AuditLog audit, Clock clock) {
        this.organisations = organisations;
        this.reader = reader;
        this.content = content;
        this.members = members;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Only editors and administrators off-board; maintainers cannot remove their own organisation. */
    Result offboard(Caller caller, String organisationId) {
        if (!caller.isEditor() && !caller.isAdmin()) {
            throw new ForbiddenException("Off-boarding an organisation needs an editor.");
        }
        Node organisation = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        List<String> unpublished = new ArrayList<>();
        Stream.concat(reader.referencing(Organisations.WORKSPACE, "organisation", Set.of(organisationId)).stream(),
                        Stream.of(organisation))
                .filter(node -> node.published() || node.publishAt() != null)
                .forEach(node -> {
                    content.unpublish(node.workspace(), node.path(), node.lockVersion(), caller.username());
                    unpublished.add(node.path());
                });
        List<String> disabled = new ArrayList<>();
        List<String> unbound = new ArrayList<>();
        for (Members.Member member : members.of(organisationId)) {
            switch (members.remove(member.username(), organisationId)) {
                case DISABLED -> disabled.add(member.username());
                case UNBOUND -> unbound.add(member.username());
                case NONE -> { }
            }
        }
        int cancelled = invitations.cancelAll(organisationId, clock.instant());
        Result result = new Result(unpublished, disabled, unbound, cancelled);
        audit.record(caller.username(), "offboard", Organisations.WORKSPACE, organisationId, organisation.path(),
                result.summary());
        return result;
    }

    /**
     * What off-boarding did.
     *
     * @param unpublished paths taken off the public side
     * @param disabled accounts disabled (this was their only organisation)
     * @param unbound accounts that keep working for other organisations
     * @param cancelledInvitations open invitations cancelled
     */
    record Result(List<String> unpublished, List<String> disabled, List<String> unbound, int cancelledInvitations) {

        String summary() {
            return "unpublished " + unpublished.size() + ", disabled " + disabled + ", unbound " + unbound
                    + ", cancelled invitations " + cancelledInvitations;
        }
    }
}
