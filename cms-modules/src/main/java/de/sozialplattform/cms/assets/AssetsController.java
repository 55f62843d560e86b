package de.sozialplattform.cms.assets;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * Editors' asset API: {@code POST /.rest/assets/v1/{parentPath}} uploads a file (multipart: {@code file},
 * optional {@code name}, {@code title}, {@code altText} and their translations such as {@code title_en}) as a
 * new asset node; {@code GET /.rest/assets/v1/{path}} shows an asset's metadata. Publishing goes through the
 * nodes API ({@code /.rest/nodes/v1/assets/{path}@publish}), like every other node.
 */
@RestController
@RequestMapping("/.rest/assets/v1/**")
class AssetsController {

    static final String PREFIX = "/.rest/assets/v1";
    private static final Pattern TEXT_FIELD = Pattern.compile("(title|altText)(_[a-z]{2})?");

    private final AssetUploads uploads;
    private final ContentReader reader;

    AssetsController(AssetUploads uploads, ContentReader reader) {
        this.uploads = uploads;
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(HttpServletRequest request,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "name", required = false) String name,
            @RequestParam Map<String, String> fields, Principal principal) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "is required: a multipart part named file with the document or image");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (TEXT_FIELD.matcher(key).matches()) {
                texts.put(key, value);
            }
        });
        Node node = uploads.upload(new AssetUploads.Upload(bytes(file), file.getOriginalFilename(), path(request), name,
                texts), principal.getName());
        return ResponseEntity.created(URI.create(PREFIX + node.path())).eTag(node.etag()).body(json(node));
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> read(HttpServletRequest request) {
        Node node = reader.find(AssetUploads.WORKSPACE, path(request))
                .filter(found -> AssetUploads.NODE_TYPE.equals(found.nodeType()))
                .orElseThrow(() -> new NotFoundException("asset " + path(request)));
        return ResponseEntity.ok().eTag(node.etag()).body(json(node));
    }

    private static Map<String, Object> json(Node node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", node.id().toString());
        json.put("name", node.name());
        json.put("path", node.path());
        json.put("status", node.status().name().toLowerCase(java.util.Locale.ROOT));
        json.putAll(node.properties());
        json.put("downloadUrl", DamController.url(node.id(), String.valueOf(node.properties().get("fileName"))));
        return json;
    }

    private static String path(HttpServletRequest request) {
        String uri = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
                StandardCharsets.UTF_8);
        String rest = uri.length() > PREFIX.length() ? uri.substring(PREFIX.length()) : NodePaths.ROOT;
        return NodePaths.normalize(rest.isEmpty() ? NodePaths.ROOT : rest);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
