package de.sozialplattform.search.web.pdf;

/** The HTML handed to the renderer is larger than {@link PdfRenderer#MAX_HTML_BYTES}; nothing was rendered. */
public class HtmlTooLargeException extends PdfRenderException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    HtmlTooLargeException(long limitBytes) {
        super("HTML for the PDF is larger than " + limitBytes + " bytes (UTF-8); refusing to render it");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
