package de.sozialplattform.search.web.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a page may load while it is rendered: style sheets, raster images and fonts from {@code data:} URIs or from
 * the class path under {@code static/}, {@code pdf/} or {@code fonts/}, and nothing else. A page must never make the
 * server fetch a URL (http, https, ftp) or read a file; file attachments ({@code FILE_EMBED}) are refused too.
 */
final class PdfResourcePolicy {

    static final List<String> CLASSPATH_ROOTS = List.of("static/", "pdf/", "fonts/");

    private static final Set<ExternalResourceType> TYPES =
            EnumSet.of(ExternalResourceType.CSS, ExternalResourceType.IMAGE_RASTER, ExternalResourceType.FONT);

    /** Even if a URI got past {@link #allows}, these schemes would read nothing. */
    private static final String[] REFUSED_SCHEMES = {"http", "https", "ftp", "file", "jar"};

    private PdfResourcePolicy() {
    }

    static void applyTo(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl(PdfResourcePolicy::allows,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(NOTHING);
        builder.useProtocolsStreamImplementation(NOTHING, REFUSED_SCHEMES);
    }

    /** Decides on a resolved (absolute) URI. */
    static boolean allows(String uri, ExternalResourceType type) {
        if (uri == null || type == null || !TYPES.contains(type)) {
            return false;
        }
        if (uri.startsWith("data:")) {
            return true;
        }
        return uri.startsWith("classpath:") && classPathResourceAllowed(uri);
    }

    private static boolean classPathResourceAllowed(String uri) {
        String path;
        try {
            URI parsed = new URI(uri);
            path = parsed.isOpaque() ? parsed.getSchemeSpecificPart() : parsed.getPath();
        } catch (URISyntaxException e) {
            return false;
        }
        if (path == null) {
            return false;
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.contains("..") || path.contains("\\") || path.contains("//")) {
            return false;
        }
        String checked = path;
        return CLASSPATH_ROOTS.stream().anyMatch(checked::startsWith);
    }

    private static final FSStreamFactory NOTHING = uri -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };
}
