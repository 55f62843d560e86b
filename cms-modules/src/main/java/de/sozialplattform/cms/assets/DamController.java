package de.sozialplattform.cms.assets;

import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.PublishedContent;
import de.sozialplattform.cms.content.PublishedNode;
import de.sozialplattform.cms.problem.NotFoundException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public downloads of published assets at {@code /dam/{id}/{fileName}} (Magnolia's DAM link shape). Uploads are
 * untrusted, so every answer is defensive: the detected type with {@code nosniff}, a {@code sandbox} CSP in case
 * a browser renders it anyway, and documents only as attachments; images are shown inline.
 */
@RestController
class DamController {

    private final PublishedContent published;
    private final AssetStore store;

    DamController(PublishedContent published, AssetStore store) {
        this.published = published;
        this.store = store;
    }

    static String url(NodeId id, String fileName) {
        return "/dam/" + id + "/" + fileName;
    }

    @GetMapping("/dam/{id}/{fileName:.+}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String fileName,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        NodeId nodeId = NodeId.parse(id, "id");
        PublishedNode asset = published.byId(nodeId)
                .filter(node -> AssetUploads.WORKSPACE.equals(node.workspace()))
                .filter(node -> fileName.equals(node.properties().get("fileName")))
                .orElseThrow(() -> new NotFoundException("published asset " + id + "/" + fileName));
        AssetStore.Blob blob = store.blob(nodeId).orElseThrow(() -> new NotFoundException("file of asset " + id));
        String etag = "\"" + blob.sha256() + "\"";
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (etag.equals(ifNoneMatch)) {
            answer = ResponseEntity.status(HttpStatus.NOT_MODIFIED);
        }
        boolean image = blob.mediaType().startsWith("image/");
        answer.eTag(etag)
                .contentType(MediaType.parseMediaType(blob.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CONTENT_DISPOSITION, (image ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(fileName).build().toString())
                // An unpublished asset must disappear soon, so caches may keep it only briefly.
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic());
        return etag.equals(ifNoneMatch) ? answer.build() : answer.body(blob.content());
    }
}
