package de.sozialplattform.cms.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /.rest/audit/v1?actor=&action=&workspace=&node=&organisation=}: the audit log for administrators. */
@RestController
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/.rest/audit/v1")
    List<AuditEntry> find(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String workspace, @RequestParam(required = false) String node,
            @RequestParam(required = false) String organisation,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return auditLog.find(new AuditLog.AuditQuery(actor, action, workspace, node, organisation, null, null, limit,
                offset));
    }
}
