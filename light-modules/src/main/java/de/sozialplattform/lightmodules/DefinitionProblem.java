package de.sozialplattform.lightmodules;

/**
 * A definition file that could not be used. The last good version of that definition stays active.
 *
 * @param file path of the file relative to the light-modules root, e.g. {@code sozialplattform/contentTypes/x.yaml}
 * @param line 1-based line of the offending entry, 0 when the whole file is affected
 * @param reason what is wrong, in words an editor of the file understands
 */
public record DefinitionProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
