package de.sozialplattform.cms.content;

import de.sozialplattform.cms.outbox.Outbox;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the outbox events of changes to published content (topic {@value #TOPIC}). Consumers re-read the node
 * rather than trust the payload, so duplicates and reordering change nothing.
 */
@Component
class ContentEvents {

    static final String TOPIC = "content";

    private final Outbox outbox;
    private final JsonMapper mapper;
    private final Clock clock;

    ContentEvents(Outbox outbox, JsonMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    void published(Node node) {
        append("published", node, null);
    }

    void unpublished(Node node) {
        append("unpublished", node, null);
    }

    void deleted(Node node) {
        append("deleted", node, null);
    }

    void moved(Node node, String oldPath) {
        append("moved", node, oldPath);
    }

    private void append(String event, Node node, String oldPath) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", event);
        payload.put("workspace", node.workspace());
        payload.put("id", node.id().toString());
        payload.put("path", node.path());
        payload.put("nodeType", node.nodeType());
        if (oldPath != null) {
            payload.put("oldPath", oldPath);
        }
        payload.put("at", clock.instant().toString());
        outbox.append(TOPIC, node.id().toString(), mapper.writeValueAsString(payload));
    }
}
