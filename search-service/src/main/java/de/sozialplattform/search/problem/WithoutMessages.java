package de.sozialplattform.search.problem;

/**
 * An exception chain for the log with class names and stack traces but none of the messages: messages may hold what
 * a person searched for or answered.
 */
public final class WithoutMessages {

    private WithoutMessages() {
    }

    public static Throwable of(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : of(e.getCause());
        Throwable copy = new Throwable(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
