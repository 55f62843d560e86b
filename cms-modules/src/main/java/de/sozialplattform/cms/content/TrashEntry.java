package de.sozialplattform.cms.content;

import java.time.Instant;

/** The root of a deleted subtree as it lies in the trash; restoring it brings back the whole subtree. */
public record TrashEntry(NodeId id, String path, String nodeType, Instant trashedAt, String trashedBy) {
}
