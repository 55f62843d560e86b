package de.sozialplattform.cms.delivery;

import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery answers with an ETag over the body and caching headers; a matching {@code If-None-Match} gets 304.
 * Previews are never cached and never answered with 304.
 */
@Component
class DeliveryResponses {

    private final JsonMapper mapper;
    private final DeliveryProperties properties;

    DeliveryResponses(JsonMapper mapper, DeliveryProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    ResponseEntity<byte[]> json(Object body, boolean preview, String ifNoneMatch) {
        byte[] bytes = mapper.writeValueAsBytes(body);
        if (preview) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .contentType(MediaType.APPLICATION_JSON).body(bytes);
        }
        String etag = "\"" + digest(bytes) + "\"";
        CacheControl cache = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(MediaType.APPLICATION_JSON).body(bytes);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    private static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.of(bytes), 0, 16);
    }
}
