package de.sozialplattform.cms.content;

import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Workspaces and node types as the current light-module definitions allow them. */
@Component
class ContentTypes {

    private final LightModules lightModules;

    ContentTypes(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    /** Fails with 404 unless a content type stores its nodes in {@code workspace}. */
    String requireWorkspace(String workspace) {
        if (!lightModules.workspaces().contains(workspace)) {
            throw new NotFoundException("workspace '" + workspace + "' (known: "
                    + String.join(", ", lightModules.workspaces()) + ")");
        }
        return workspace;
    }

    /** The content type of a node type in a workspace; empty for folders. */
    Optional<ContentType> forNode(String workspace, String nodeType) {
        if (Node.FOLDER.equals(nodeType)) {
            return Optional.empty();
        }
        return Optional.of(lightModules.contentTypeOf(workspace, nodeType).orElseThrow(() -> InvalidInputException.of(
                "type", "'" + nodeType + "' is not a node type of workspace '" + workspace + "'")));
    }
}
