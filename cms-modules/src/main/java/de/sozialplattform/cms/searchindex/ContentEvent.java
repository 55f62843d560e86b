package de.sozialplattform.cms.searchindex;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@code content} outbox event names: only which node to re-read, never its state (which may be outdated by
 * the time the event arrives).
 */
record ContentEvent(String workspace, String id, String nodeType) {

    static final String TOPIC = "content";

    static ContentEvent parse(JsonMapper json, String payload) {
        JsonNode event = json.readTree(payload);
        return new ContentEvent(event.path("workspace").asString(""), event.path("id").asString(""),
                event.path("nodeType").asString(""));
    }
}
