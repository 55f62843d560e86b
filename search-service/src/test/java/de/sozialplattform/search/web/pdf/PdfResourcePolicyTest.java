package de.sozialplattform.search.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfResourcePolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "data:image/png;base64,iVBORw0KGgo=",
        "classpath:/static/css/print.css",
        "classpath:static/img/logo.png",
        "classpath:/pdf/result.css",
        "classpath:/fonts/dejavu/DejaVuSans.ttf",
    })
    void allowsDataUrisAndTheClassPathRoots(String uri) {
        assertThat(PdfResourcePolicy.allows(uri, ExternalResourceType.IMAGE_RASTER)).isTrue();
        assertThat(PdfResourcePolicy.allows(uri, ExternalResourceType.CSS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://example.org/x.png",
        "https://127.0.0.1/x.png",
        "HTTP://127.0.0.1/x.png",
        "ftp://127.0.0.1/x.png",
        "file:///etc/passwd",
        "jar:file:/app.jar!/BOOT-INF/classes/application.properties",
        "classpath:/application.properties",
        "classpath:/static/../application.properties",
        "classpath:/static/%2e%2e/application.properties",
        "classpath:/static\\..\\application.properties",
        "classpath://static/x.png",
        "DATA:image/png;base64,iVBORw0KGgo=",
        "relative.png",
        "",
    })
    void refusesEverythingElse(String uri) {
        assertThat(PdfResourcePolicy.allows(uri, ExternalResourceType.IMAGE_RASTER)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FILE_EMBED", "XML_XHTML", "PDF", "BINARY", "XML_SVG", "SVG_BINARY"})
    void refusesAttachmentsAndEmbeddedDocumentsEvenFromTheClassPath(String type) {
        assertThat(PdfResourcePolicy.allows("classpath:/static/x", ExternalResourceType.valueOf(type))).isFalse();
        assertThat(PdfResourcePolicy.allows(null, ExternalResourceType.CSS)).isFalse();
        assertThat(PdfResourcePolicy.allows("classpath:/static/x.css", null)).isFalse();
    }
}
