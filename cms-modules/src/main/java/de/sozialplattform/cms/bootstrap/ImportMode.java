package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.problem.InvalidInputException;
import java.util.Locale;

/** How an import treats content that already exists at the file's path. */
public enum ImportMode {
    /** Creates missing nodes, updates the properties the file names on existing ones, keeps everything else. */
    MERGE,
    /** Removes the existing subtree for good (refused while other nodes reference it), then creates the file's. */
    REPLACE;

    public static ImportMode parse(String text, String field) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "must be merge or replace");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
