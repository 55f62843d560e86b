package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in maintainer confirms the AV-Vertrag in force (after a new version was published). */
@Service
@Transactional
class AgreementConfirmations {

    private final Agreements agreements;
    private final AuditLog audit;

    AgreementConfirmations(Agreements agreements, AuditLog audit) {
        this.agreements = agreements;
        this.audit = audit;
    }

    /** Problems as field errors; nothing is recorded unless the version shown is the one in force and was ticked. */
    FieldErrors confirm(Caller caller, boolean agreed, String version) {
        FieldErrors errors = new FieldErrors();
        if (!agreements.current().version().equals(version)) {
            errors.reject("agreed", "accounts.agreement.changed");
        } else if (!agreed) {
            errors.reject("agreed", "accounts.agreement.confirmRequired");
        }
        if (!errors.any()) {
            agreements.confirm(caller.username(), version, caller.organisations());
            audit.record(caller.username(), "confirm-agreement", null, null, null, Agreements.AV_VERTRAG + " " + version);
        }
        return errors;
    }
}
