package de.sozialplattform.cms.searchindex;

/**
 * @param indexed locations written into the fresh index
 * @param replayed locations re-read after the switch-over because events about them arrived meanwhile
 * @param source {@code local} or the remote Delivery API's base URL
 */
public record ReindexResult(int indexed, int replayed, long durationMs, String source) {
}
