package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.problem.InvalidFileException;
import de.sozialplattform.cms.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export of a subtree as a Magnolia YAML bootstrap file, and import of such a file below a parent node (merge or
 * replace, in one transaction). Editors (export also reviewers), as ContentAccess decides; uploads are limited by the request size limit.
 */
@RestController
class BootstrapController {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final BootstrapYamlWriter writer;
    private final BootstrapTransfer transfer;
    private final ContentAccess access;

    BootstrapController(BootstrapYamlWriter writer, BootstrapTransfer transfer, ContentAccess access) {
        this.writer = writer;
        this.transfer = transfer;
        this.access = access;
    }

    @GetMapping("/.rest/export/v1/{workspace}/{*path}")
    ResponseEntity<byte[]> export(@PathVariable String workspace, @PathVariable String path, Caller caller) {
        access.check(caller, ContentAction.EXPORT, workspace, null);
        String nodePath = NodePaths.normalize(path);
        if (NodePaths.ROOT.equals(nodePath)) {
            throw InvalidInputException.of("path",
                    "name a node: the workspace root is not one (export its top-level nodes one by one)");
        }
        BootstrapYamlWriter.Export export = writer.write(workspace, nodePath);
        return ResponseEntity.ok().contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .body(export.yaml().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(path = "/.rest/import/v1/{workspace}/{*parentPath}",
            consumes = {"application/yaml", "text/yaml", "application/x-yaml", "text/x-yaml"})
    Map<String, Object> importFile(@PathVariable String workspace, @PathVariable String parentPath,
            @RequestParam(defaultValue = "merge") String mode, @RequestBody(required = false) byte[] body,
            Caller caller) {
        access.check(caller, ContentAction.IMPORT, workspace, null);
        ImportMode importMode = ImportMode.parse(mode, "mode");
        if (body == null || body.length == 0) {
            throw new InvalidFileException("The body is empty; send a YAML bootstrap file.", null, null, List.of());
        }
        String parent = NodePaths.normalize(parentPath);
        String yaml = new String(body, StandardCharsets.UTF_8);
        BootstrapTransfer.Result result;
        try {
            result = transfer.importFiles(List.of(new BootstrapTransfer.Source("the file", workspace, parent, yaml)),
                    importMode, caller.username());
        } catch (BootstrapException e) {
            throw e.toProblem();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("workspace", workspace);
        answer.put("path", result.files().get(0).path());
        answer.put("mode", importMode.toString());
        answer.put("created", result.summary().created());
        answer.put("updated", result.summary().updated());
        answer.put("unchanged", result.summary().unchanged());
        answer.put("published", result.summary().published());
        answer.put("removed", result.summary().removed());
        return answer;
    }
}
