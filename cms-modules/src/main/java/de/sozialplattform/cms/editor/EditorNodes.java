package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.problem.ApiException;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Loads the node a page addresses and asks {@link ContentAccess} whether the caller may act on it. Refusals become
 * {@link ResponseStatusException}s, which the pages' error handler shows as a page with the same status the API
 * would answer (404 for another organisation's object, 403 for a forbidden action on an own one).
 */
@Component
class EditorNodes {

    private final ContentReader reader;
    private final ContentAccess access;
    private final LightModules lightModules;

    EditorNodes(ContentReader reader, ContentAccess access, LightModules lightModules) {
        this.reader = reader;
        this.access = access;
        this.lightModules = lightModules;
    }

    /** The node at {@code path} with its content type, if {@code caller} may do {@code action} to it. */
    Loaded load(Caller caller, ContentAction action, String workspace, String path) {
        Node node = guarded(() -> reader.find(workspace, path))
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        check(caller, action, node);
        ContentType type = lightModules.contentTypeOf(node.workspace(), node.nodeType())
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return new Loaded(node, type);
    }

    void check(Caller caller, ContentAction action, Node node) {
        guarded(() -> {
            access.check(caller, action, node.workspace(), node);
            return null;
        });
    }

    /** Whether {@code caller} may do {@code action} to {@code node}, for showing buttons only where they work. */
    boolean may(Caller caller, ContentAction action, Node node) {
        try {
            access.check(caller, action, node.workspace(), node);
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    void checkChanges(Caller caller, Node node, Collection<String> properties) {
        guarded(() -> {
            access.checkChanges(caller, node, properties);
            return null;
        });
    }

    /** Runs a call of the content services, turning their refusals into statuses of the page. */
    static <T> T guarded(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw new ResponseStatusException(e.status(), e.getMessage(), e);
        }
    }

    Optional<ContentType> contentType(String name) {
        return Optional.ofNullable(lightModules.contentTypes().get(name));
    }

    record Loaded(Node node, ContentType type) {
    }
}
