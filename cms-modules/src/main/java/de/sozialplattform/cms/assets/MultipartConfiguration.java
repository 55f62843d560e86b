package de.sozialplattform.cms.assets;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart limits follow {@code sozial.assets.max-upload-size}: the servlet container refuses a larger file
 * while reading it (answered as 413 naming {@code file}), before it is held in memory. Multipart bodies are
 * therefore exempt from {@code sozial.api.max-body-size}, which bounds the JSON APIs.
 */
@Configuration(proxyBeanMethods = false)
class MultipartConfiguration {

    private static final long FORM_FIELDS = DataSize.ofKilobytes(64).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(AssetsProperties properties) {
        long file = properties.maxUploadSize().toBytes();
        // Larger parts go to a temporary file rather than the heap while the request is read.
        return new MultipartConfigElement(null, file, file + FORM_FIELDS, (int) DataSize.ofMegabytes(1).toBytes());
    }
}
