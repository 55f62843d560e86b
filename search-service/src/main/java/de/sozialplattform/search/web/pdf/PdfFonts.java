package de.sozialplattform.search.web.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The font faces every PDF embeds: DejaVu Sans regular and bold (Latin, Greek, Cyrillic, Arabic, Hebrew), read once
 * from the class path on first use and shared by all renderings. The build unpacks them into {@code fonts/dejavu/}
 * (download-maven-plugin in search-service/pom.xml); nothing binary is in the repository.
 */
final class PdfFonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "fonts/dejavu/DejaVuSans-Bold.ttf";

    /**
     * Also a fallback before the PDF base fonts, so text whose CSS names another family still gets glyphs (and the
     * base fonts, which cannot be embedded, are not needed for PDF/UA).
     */
    private static final Set<FSFontUseCase> USE = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);

    private record Faces(byte[] regular, byte[] bold) {
    }

    private volatile Faces faces;

    /** Registers the faces with one builder; each PDF embeds the subset of glyphs it uses. */
    void registerWith(PdfRendererBuilder builder) {
        Faces loaded = faces();
        builder.useFont(() -> new ByteArrayInputStream(loaded.regular()), FAMILY, 400, FontStyle.NORMAL, true, USE);
        builder.useFont(() -> new ByteArrayInputStream(loaded.bold()), FAMILY, 700, FontStyle.NORMAL, true, USE);
    }

    private Faces faces() {
        Faces loaded = faces;
        if (loaded == null) {
            synchronized (this) {
                loaded = faces;
                if (loaded == null) {
                    loaded = new Faces(read(REGULAR), read(BOLD));
                    faces = loaded;
                }
            }
        }
        return loaded;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the class path; the search-service"
                        + " build fetches it (download-maven-plugin, phase generate-resources): rebuild the module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
