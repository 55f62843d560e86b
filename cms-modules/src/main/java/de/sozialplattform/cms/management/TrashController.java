package de.sozialplattform.cms.management;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.TrashEntry;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The trash of a workspace: list deleted subtrees, restore them, or (administrators) purge them. */
@RestController
@RequestMapping("/.rest/trash/v1/{workspace}")
class TrashController {

    private final ContentReader reader;
    private final ContentService content;
    private final NodeJson json;

    TrashController(ContentReader reader, ContentService content, NodeJson json) {
        this.reader = reader;
        this.content = content;
        this.json = json;
    }

    @GetMapping
    List<TrashEntry> list(@PathVariable String workspace) {
        return reader.trash(workspace);
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<Map<String, Object>> restore(@PathVariable String workspace, @PathVariable String id,
            Principal principal) {
        Node node = content.restoreFromTrash(workspace, NodeId.parse(id, "id"), principal.getName());
        return ResponseEntity.ok().eTag(node.etag()).body(json.write(node, 0));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> purge(@PathVariable String workspace, @PathVariable String id, Principal principal) {
        content.purgeFromTrash(workspace, NodeId.parse(id, "id"), principal.getName());
        return ResponseEntity.noContent().build();
    }
}
