package de.sozialplattform.cms.management;

import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * What a request below {@code /.rest/nodes/v1/} addresses: a workspace, a node path and optionally an action,
 * e.g. {@code /.rest/nodes/v1/pages/leistungen/buergergeld@publish}. Node names never contain {@code @}, so the
 * action is unambiguous.
 */
record NodeAddress(String workspace, String path, String action) {

    static final String PREFIX = "/.rest/nodes/v1/";

    static NodeAddress of(HttpServletRequest request) {
        String uri = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
                StandardCharsets.UTF_8);
        String rest = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : "";
        String action = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            action = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        int slash = rest.indexOf('/');
        String workspace = slash < 0 ? rest : rest.substring(0, slash);
        if (workspace.isEmpty()) {
            throw new NotFoundException("workspace in the path; use " + PREFIX + "{workspace}/{path}");
        }
        String path = slash < 0 ? NodePaths.ROOT : NodePaths.normalize(rest.substring(slash));
        return new NodeAddress(workspace, path, action);
    }

    boolean isRoot() {
        return NodePaths.ROOT.equals(path);
    }

    boolean hasAction(String name) {
        return name.equals(action);
    }
}
