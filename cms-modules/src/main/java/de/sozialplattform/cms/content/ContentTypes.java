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

    /** Node types with a content type in {@code workspace}. */
    java.util.Set<String> nodeTypesOf(String workspace) {
        return lightModules.contentTypes().values().stream().filter(t -> t.workspace().equals(workspace))
                .map(ContentType::nodeType).collect(java.util.stream.Collectors.toSet());
    }

    /** The content type of a node type in a workspace, if one is defined (never for folders). */
    Optional<ContentType> find(String workspace, String nodeType) {
        return lightModules.contentTypeOf(workspace, nodeType);
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
