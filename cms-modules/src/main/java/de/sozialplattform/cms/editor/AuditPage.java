package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.audit.AuditEntry;
import de.sozialplattform.cms.audit.AuditLog;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.search.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit log for administrators, filterable by user, organisation, workspace, action and a range of days
 * (German time), newest first, a page at a time.
 */
@Controller
@WebPage
class AuditPage {

    static final int PAGE_SIZE = 50;
    private static final String ORGANISATIONS_WORKSPACE = "adviceCentres";
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final AuditLog auditLog;
    private final ContentReader reader;

    AuditPage(AuditLog auditLog, ContentReader reader) {
        this.auditLog = auditLog;
        this.reader = reader;
    }

    @GetMapping(EditorPaths.AUDIT)
    String show(Caller caller, @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String workspace,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(required = false) String page,
            HttpServletResponse response, Model model) {
        if (!caller.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Instant since = day(from, 0);
        Instant until = day(to, 1);
        boolean badFrom = !from.isBlank() && since == null;
        boolean badTo = !to.isBlank() && until == null;
        int current = Numbers.page(page);
        List<AuditEntry> entries = List.of();
        if (badFrom || badTo) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else {
            entries = auditLog.find(new AuditLog.AuditQuery(actor.strip(), action.strip(), workspace.strip(), null,
                    organisation.strip(), since, until, PAGE_SIZE + 1, (current - 1) * PAGE_SIZE));
        }
        model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).map(e -> new Entry(Times.format(e.at()),
                e.actor(), e.action(), e.workspace(), e.path(), e.detail(), e.organisations())).toList());
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("pageNumber", current);
        model.addAttribute("filter", new Filter(actor, organisation, workspace, action, from, to));
        model.addAttribute("organisations", reader.list(ORGANISATIONS_WORKSPACE, "/", "organisation", null, 5000, 0)
                .stream().map(node -> new Choice(node.id().toString(), FormFields.title(node)))
                .sorted(java.util.Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("badFrom", badFrom);
        model.addAttribute("badTo", badTo);
        return "editor/audit";
    }

    /** The start of the given day in Germany plus {@code plusDays}; null when blank or not a date. */
    private static Instant day(String text, int plusDays) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(GERMANY).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    record Choice(String value, String label) {
    }

    record Filter(String actor, String organisation, String workspace, String action, String from, String to) {
    }

    record Entry(String at, String actor, String action, String workspace, String path, String detail,
            String organisations) {
    }
}
