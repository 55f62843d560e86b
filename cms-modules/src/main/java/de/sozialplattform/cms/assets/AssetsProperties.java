package de.sozialplattform.cms.assets;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded files (assets) and the limits of parsing them. Every upload is untrusted: it is detected and read in a
 * pooled child JVM with its own heap cap and a parse timeout, so a hostile file can at worst end that child.
 *
 * @param maxUploadSize largest accepted file (larger: 413)
 * @param maxTextCharacters most characters of text a file may yield; more is rejected (422), not truncated, so an
 *     asset's stored text is always complete
 * @param allowedTypes media types accepted, as detected from the bytes (never from the file name)
 * @param parseTimeout longest a child may spend on one file before it is ended (422)
 * @param childHeap maximum heap of a child JVM ({@code -Xmx})
 * @param poolSize child JVMs kept for parsing at the same time
 * @param childIdleTimeout how long an idle child stays alive for the next upload
 * @param maxCompressionRatio most characters of output per byte of input before a file counts as a zip bomb
 * @param outputThreshold characters of output before the compression ratio is checked
 * @param maxXmlDepth deepest XML element nesting accepted
 * @param maxPackageDepth deepest nesting of archives within the file accepted
 */
@ConfigurationProperties("sozial.assets")
record AssetsProperties(
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue("200000") int maxTextCharacters,
        @DefaultValue({"application/pdf", "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text", "text/plain", "image/png", "image/jpeg", "image/webp",
                "image/gif"}) List<String> allowedTypes,
        @DefaultValue("30s") Duration parseTimeout,
        @DefaultValue("256m") String childHeap,
        @DefaultValue("2") int poolSize,
        @DefaultValue("10m") Duration childIdleTimeout,
        @DefaultValue("100") long maxCompressionRatio,
        @DefaultValue("100000") long outputThreshold,
        @DefaultValue("100") int maxXmlDepth,
        @DefaultValue("5") int maxPackageDepth) {

    AssetsProperties {
        if (maxTextCharacters < 1 || poolSize < 1) {
            throw new IllegalArgumentException("sozial.assets.max-text-characters and pool-size must be at least 1");
        }
        if (!childHeap.matches("\\d+[kmgKMG]?")) {
            throw new IllegalArgumentException("sozial.assets.child-heap must look like 256m, was " + childHeap);
        }
        allowedTypes = List.copyOf(allowedTypes);
    }
}
