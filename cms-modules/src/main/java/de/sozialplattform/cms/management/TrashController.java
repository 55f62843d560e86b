package de.sozialplattform.cms.management;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.TrashEntry;
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
    private final ContentAccess access;

    TrashController(ContentReader reader, ContentService content, NodeJson json, ContentAccess access) {
        this.reader = reader;
        this.content = content;
        this.json = json;
        this.access = access;
    }

    @GetMapping
    List<TrashEntry> list(@PathVariable String workspace, Caller caller) {
        access.check(caller, ContentAction.TRASH_READ, workspace, null);
        return reader.trash(workspace);
    }

    @PostMapping("/{id}/restore")
    ResponseEntity<Map<String, Object>> restore(@PathVariable String workspace, @PathVariable String id,
            Caller caller) {
        access.check(caller, ContentAction.TRASH_RESTORE, workspace, null);
        Node node = content.restoreFromTrash(workspace, NodeId.parse(id, "id"), caller.username());
        return ResponseEntity.ok().eTag(node.etag()).body(json.write(node));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> purge(@PathVariable String workspace, @PathVariable String id, Caller caller) {
        access.check(caller, ContentAction.TRASH_PURGE, workspace, null);
        content.purgeFromTrash(workspace, NodeId.parse(id, "id"), caller.username());
        return ResponseEntity.noContent().build();
    }
}
