package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.ContentService;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeVersion;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.PreconditionException;
import de.sozialplattform.search.web.WebPage;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The versions of a node (one per publication), a field-by-field comparison of any version with the working copy,
 * and restoring a version through the content service's restore operation (the working copy becomes that
 * version; publishing makes it public).
 */
@Controller
@WebPage
class HistoryPage {

    private final EditorNodes nodes;
    private final ContentReader reader;
    private final ContentService content;
    private final VersionDiff diff;

    HistoryPage(EditorNodes nodes, ContentReader reader, ContentService content, VersionDiff diff) {
        this.nodes = nodes;
        this.reader = reader;
        this.content = content;
        this.diff = diff;
    }

    @GetMapping(EditorPaths.HISTORY)
    String show(Caller caller, @PathVariable String workspace, @PathVariable String path,
            @RequestParam(required = false) String version, @RequestParam(required = false) String notice,
            Model model, Locale locale) {
        EditorNodes.Loaded loaded = nodes.load(caller, ContentAction.READ, workspace, path);
        Node node = loaded.node();
        List<NodeVersion> versions = reader.versions(node.workspace(), node.path());
        Long wanted = version == null ? null : Numbers.required(version);
        NodeVersion selected = wanted == null ? versions.stream().findFirst().orElse(null)
                : versions.stream().filter(v -> v.number() == wanted).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("node", node);
        model.addAttribute("nodeTitle", FormFields.title(node));
        model.addAttribute("versions", versions.stream().map(v -> new VersionRow(v.number(),
                Times.format(v.createdAt()), v.createdBy(), selected != null && v.number() == selected.number())).toList());
        model.addAttribute("selected", selected == null ? null : selected.number());
        model.addAttribute("rows", selected == null ? List.of() : diff.rows(loaded.type(), selected.properties(),
                node.properties(), locale));
        model.addAttribute("canRestore", selected != null && nodes.may(caller, ContentAction.RESTORE_VERSION, node));
        model.addAttribute("lock", node.lockVersion());
        model.addAttribute("historyUrl", EditorPaths.history(node.workspace(), node.path()));
        model.addAttribute("restoreUrl", EditorPaths.HOME + "/wiederherstellen/" + node.workspace() + node.path());
        model.addAttribute("editUrl", EditorPaths.edit(node.workspace(), node.path()));
        model.addAttribute("notice", notice == null ? null : notice.replaceAll("[^a-z]", ""));
        return "editor/history";
    }

    @PostMapping(EditorPaths.RESTORE)
    String restore(Caller caller, @PathVariable String workspace, @PathVariable String path,
            @RequestParam String lock, @RequestParam String version, Locale locale) {
        long expectedLock = Numbers.required(lock);
        int number = (int) Numbers.required(version);
        Node node = nodes.load(caller, ContentAction.RESTORE_VERSION, workspace, path).node();
        NodeVersion restored = EditorNodes.guarded(() -> reader.version(node.workspace(), node.path(), number));
        // A maintainer may restore only what they could have typed: the fields that would change must be theirs.
        nodes.checkChanges(caller, node, ContentAccess.differences(node.properties(), restored.properties()));
        String notice;
        try {
            content.restoreVersion(node.workspace(), node.path(), expectedLock, number, caller.username());
            notice = "restored";
        } catch (PreconditionException e) {
            notice = "stale";
        } catch (InvalidInputException e) {
            notice = "invalid";
        }
        return "redirect:" + UriComponentsBuilder.fromPath(EditorPaths.history(node.workspace(), node.path()))
                .queryParam("version", number).queryParam("notice", notice).queryParam("lang", locale.getLanguage())
                .build().toUriString();
    }

    record VersionRow(int number, String at, String by, boolean selected) {
    }
}
