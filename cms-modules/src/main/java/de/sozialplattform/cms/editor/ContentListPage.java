package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodeStatus;
import de.sozialplattform.cms.review.OverdueContent;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.search.web.WebPage;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The objects of one content type: filtered by status, missing translation and text, sorted by title or last
 * change, a page at a time. Centre maintainers see only their own organisations and locations. The filtering
 * happens here rather than in SQL: editorial lists hold hundreds to a few thousand nodes, read from one index scan.
 */
@Controller
@WebPage
class ContentListPage {

    static final int PAGE_SIZE = 25;
    /** More nodes than any editorial list holds; a list beyond it says so instead of silently cutting. */
    static final int MAX_NODES = 20_000;

    private final EditorNodes nodes;
    private final ContentReader reader;
    private final ContentAccess access;
    private final ContentProperties settings;
    private final OverdueContent overdue;

    ContentListPage(EditorNodes nodes, ContentReader reader, ContentAccess access, ContentProperties settings,
            OverdueContent overdue) {
        this.nodes = nodes;
        this.reader = reader;
        this.access = access;
        this.settings = settings;
        this.overdue = overdue;
    }

    @GetMapping(EditorPaths.LIST)
    String list(Caller caller, @PathVariable String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String missing, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "title") String sort, @RequestParam(required = false) String page,
            Model model, Locale locale) {
        ContentType contentType = nodes.contentType(type)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        EditorNodes.guarded(() -> {
            access.check(caller, ContentAction.READ, contentType.workspace(), null);
            return null;
        });
        NodeStatus wanted = status(status);
        String language = settings.languages().contains(missing) && !settings.defaultLanguage().equals(missing)
                ? missing : null;
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Node> matching = candidates(caller, contentType, wanted)
                .filter(node -> text.isEmpty() || FormFields.title(node).toLowerCase(Locale.ROOT).contains(text)
                        || node.path().toLowerCase(Locale.ROOT).contains(text))
                .filter(node -> language == null || TranslationStatus.missing(contentType, node, language))
                .sorted("changed".equals(sort)
                        ? Comparator.comparing(Node::modifiedAt).reversed()
                        : Comparator.comparing((Node node) -> FormFields.title(node), String.CASE_INSENSITIVE_ORDER))
                .toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Numbers.page(page), pages);
        model.addAttribute("type", contentType);
        // Published content past its review-by date is flagged, so editors and centres see what to confirm.
        Set<NodeId> due = overdue.visibleTo(caller).stream().map(OverdueContent.Overdue::id).collect(Collectors.toSet());
        model.addAttribute("rows", matching.subList((current - 1) * PAGE_SIZE,
                Math.min(matching.size(), current * PAGE_SIZE)).stream().map(node -> Row.of(node, due)).toList());
        model.addAttribute("total", matching.size());
        model.addAttribute("pageNumber", current);
        model.addAttribute("pages", pages);
        model.addAttribute("status", wanted == null ? "" : wanted.label());
        model.addAttribute("missing", language == null ? "" : language);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", "changed".equals(sort) ? "changed" : "title");
        model.addAttribute("languages", settings.languages().subList(1, settings.languages().size()).stream()
                .map(lang -> new Language(lang, Locale.forLanguageTag(lang).getDisplayLanguage(locale))).toList());
        return "editor/list";
    }

    private Stream<Node> candidates(Caller caller, ContentType type, NodeStatus status) {
        Stream<Node> all = caller.isMaintainerOnly()
                ? access.ownNodes(caller)
                : reader.list(type.workspace(), "/", type.nodeType(), status, MAX_NODES, 0).stream();
        return all.filter(node -> node.nodeType().equals(type.nodeType()))
                .filter(node -> status == null || node.status() == status)
                .filter(node -> access.mayRead(caller, node));
    }

    private static NodeStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (NodeStatus candidate : NodeStatus.values()) {
            if (candidate.label().equals(status)) {
                return candidate;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    record Row(String title, String path, String status, String changed, String modifiedBy, String editUrl,
            boolean overdue) {

        static Row of(Node node, Set<NodeId> overdue) {
            return new Row(FormFields.title(node), node.path(), node.status().label(), Times.format(node.modifiedAt()),
                    node.modifiedBy(), EditorPaths.edit(node.workspace(), node.path()), overdue.contains(node.id()));
        }
    }

    record Language(String lang, String name) {
    }
}
