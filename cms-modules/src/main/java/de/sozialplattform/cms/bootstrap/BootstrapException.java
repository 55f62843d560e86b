package de.sozialplattform.cms.bootstrap;

/** A bootstrap file that cannot be read or imported; the message names the node and line. */
public class BootstrapException extends RuntimeException {

    public BootstrapException(String message) {
        super(message);
    }

    public BootstrapException(String message, Throwable cause) {
        super(message, cause);
    }
}
