package de.sozialplattform.search.web.pdf;

/** A page could not be turned into a PDF. */
public class PdfRenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }

    PdfRenderException(String message) {
        super(message);
    }
}
