package de.sozialplattform.lightmodules;

/** Thrown by a {@link DefinitionParser} when a definition file cannot be used; carries the line at fault. */
public class DefinitionException extends RuntimeException {

    private final int line;

    public DefinitionException(int line, String reason) {
        super(reason);
        this.line = line;
    }

    /** 1-based line, 0 when not known. */
    public int line() {
        return line;
    }
}
