package de.sozialplattform.cms.outbox;

import de.sozialplattform.cms.problem.ConflictException;
import de.sozialplattform.cms.problem.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Administrators' view of the outbox: counts, records by status (dead letters first of all) and retry. Parameters
 * are checked by Spring MVC's own method validation (no class-level {@code @Validated}, whose proxy would throw a
 * ConstraintViolationException that ends up as a 500), so a bad status or limit is a 400 naming the parameter.
 */
@RestController
@RequestMapping("/.rest/outbox/v1")
class OutboxAdminController {

    private final OutboxStore store;

    OutboxAdminController(OutboxStore store) {
        this.store = store;
    }

    @GetMapping
    Map<String, Long> counts() {
        return Map.of("pending", store.count(OutboxRecord.PENDING), "dead", store.count(OutboxRecord.DEAD),
                "done", store.count(OutboxRecord.DONE));
    }

    @GetMapping("/events")
    List<OutboxRecord> list(@RequestParam(defaultValue = "DEAD") @Pattern(regexp = "PENDING|DONE|DEAD") String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return store.list(status, limit, offset);
    }

    @PostMapping("/events/{id}/retry")
    ResponseEntity<OutboxRecord> retry(@PathVariable long id) {
        OutboxRecord record = store.get(id).orElseThrow(() -> new NotFoundException("outbox event " + id));
        if (!store.retry(id)) {
            throw new ConflictException(
                    "Only dead letters can be retried; event " + id + " is " + record.status());
        }
        return ResponseEntity.ok(store.get(id).orElseThrow());
    }
}
