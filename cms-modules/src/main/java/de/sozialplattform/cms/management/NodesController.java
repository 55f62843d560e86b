package de.sozialplattform.cms.management;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.NewNode;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.content.NodeStatus;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Magnolia-shaped nodes endpoint: read, create, update, delete, and node actions. */
@RestController
@RequestMapping("/.rest/nodes/v1/**")
class NodesController {

    private static final int MAX_DEPTH = 5;
    private static final int MAX_LIMIT = 500;

    private final ContentReader reader;
    private final ContentService content;
    private final NodeJson json;
    private final NodeActions actions;
    private final ContentAccess access;

    NodesController(ContentReader reader, ContentService content, NodeJson json, NodeActions actions,
            ContentAccess access) {
        this.reader = reader;
        this.content = content;
        this.json = json;
        this.actions = actions;
        this.access = access;
    }

    @GetMapping
    ResponseEntity<?> read(HttpServletRequest request, @RequestParam(defaultValue = "0") int depth,
            @RequestParam(required = false) String nodeType, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset,
            Caller caller) {
        NodeAddress address = NodeAddress.of(request);
        if (address.hasAction("list")) {
            access.check(caller, ContentAction.READ, address.workspace(), null);
            return ResponseEntity.ok(list(caller, address, nodeType, status, limit, offset));
        }
        if (address.action() != null && address.action().startsWith("versions")) {
            access.check(caller, ContentAction.READ, address.workspace(), reader.require(address.workspace(), address.path()));
            return ResponseEntity.ok(actions.versions(address));
        }
        requireNoAction(address);
        checkRange("depth", depth, 0, MAX_DEPTH);
        if (address.isRoot()) {
            access.check(caller, ContentAction.READ, address.workspace(), null);
            List<Map<String, Object>> nodes = reader.children(address.workspace(), NodePaths.ROOT).stream()
                    .filter(node -> access.mayRead(caller, node))
                    .map(node -> json.write(node, depth, child -> access.mayRead(caller, child))).toList();
            return ResponseEntity.ok(Map.of("name", "", "path", "/", "nodes", nodes));
        }
        Node node = reader.find(address.workspace(), address.path())
                .or(() -> reader.movedFrom(address.workspace(), address.path()))
                .orElseThrow(() -> new NotFoundException("node " + address.path() + " in workspace " + address.workspace()));
        access.check(caller, ContentAction.READ, address.workspace(), node);
        if (!node.path().equals(address.path())) {
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).location(location(request, node)).build();
        }
        return withEtag(ResponseEntity.ok(), node).body(json.write(node, depth, child -> access.mayRead(caller, child)));
    }

    @PutMapping
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request, @RequestBody Map<String, Object> body,
            Caller caller) {
        NodeAddress address = NodeAddress.of(request);
        requireNoAction(address);
        RequestBodies.onlyKeys(body, "name", "type", "properties", "identifier");
        String type = RequestBodies.text(body, "type", true);
        String name = RequestBodies.text(body, "name", true);
        String identifier = RequestBodies.text(body, "identifier", false);
        NodeId id = identifier == null ? null : NodeId.parse(identifier, "identifier");
        Map<String, Object> properties = NodeJson.readProperties(body.get("properties"), actions.definitions(address.workspace(), type));
        access.checkCreate(caller, address.workspace(), address.path(), type, properties);
        Node node = content.create(new NewNode(id, address.workspace(), address.path(), name, type, properties),
                caller.username());
        return withEtag(ResponseEntity.created(location(request, node)), node).body(json.write(node));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> change(HttpServletRequest request,
            @RequestBody(required = false) Map<String, Object> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        NodeAddress address = NodeAddress.of(request);
        Map<String, Object> payload = body == null ? Map.of() : body;
        long expected = IfMatch.required(ifMatch);
        Node node = actions.apply(address, payload, expected, caller);
        var response = address.hasAction("move") ? ResponseEntity.ok().location(location(request, node)) : ResponseEntity.ok();
        return withEtag(response, node).body(json.write(node));
    }

    @DeleteMapping
    ResponseEntity<Void> delete(HttpServletRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        NodeAddress address = NodeAddress.of(request);
        requireNoAction(address);
        if (address.isRoot()) {
            throw InvalidInputException.of("path", "the workspace root cannot be deleted");
        }
        access.check(caller, ContentAction.DELETE, address.workspace(), reader.require(address.workspace(), address.path()));
        content.delete(address.workspace(), address.path(), IfMatch.required(ifMatch), caller.username());
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> list(Caller caller, NodeAddress address, String nodeType, String status, int limit,
            int offset) {
        checkRange("limit", limit, 1, MAX_LIMIT);
        checkRange("offset", offset, 0, Integer.MAX_VALUE);
        NodeStatus wanted = status == null ? null : parseStatus(status);
        List<Node> found = caller.isMaintainerOnly()
                ? OwnList.filter(access.ownNodes(caller), address.path(), nodeType, wanted, limit, offset)
                : reader.list(address.workspace(), address.path(), nodeType, wanted, limit, offset);
        List<Map<String, Object>> results = found.stream().map(node -> {
                    Map<String, Object> summary = json.summary(node);
                    summary.put("properties", json.properties(node));
                    return summary;
                }).toList();
        return Map.of("results", results, "limit", limit, "offset", offset);
    }

    private static NodeStatus parseStatus(String status) {
        try {
            return NodeStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "must be one of draft, scheduled, published, modified");
        }
    }

    private static void requireNoAction(NodeAddress address) {
        if (address.action() != null) {
            throw new NotFoundException("action '@" + address.action() + "' for this method");
        }
    }

    private static void checkRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw InvalidInputException.of(field, "must be between " + min + " and " + max);
        }
    }

    private static URI location(HttpServletRequest request, Node node) {
        return URI.create(request.getContextPath() + NodeAddress.PREFIX + node.workspace() + node.path());
    }

    private static <B extends ResponseEntity.HeadersBuilder<B>> B withEtag(B builder, Node node) {
        return builder.eTag(node.etag());
    }
}
