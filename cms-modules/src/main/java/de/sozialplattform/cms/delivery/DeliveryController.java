package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.content.PublishedContent;
import de.sozialplattform.cms.content.PublishedNode;
import de.sozialplattform.cms.content.PublishedQuery;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.lightmodules.LightModules;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * {@code GET /.rest/delivery/{endpoint}/{path}} reads a node, {@code {path}@nodes} its children, and the endpoint
 * root without a path runs a query. Published content only, unless a valid preview token comes along.
 */
@RestController
class DeliveryController {

    static final String PREFIX = "/.rest/delivery/";
    static final String PREVIEW_HEADER = "X-Preview-Token";

    private final LightModules lightModules;
    private final PublishedContent content;
    private final DeliveryRenderer renderer;
    private final DeliveryResponses responses;
    private final PreviewTokens previews;
    private final ContentProperties settings;

    DeliveryController(LightModules lightModules, PublishedContent content, DeliveryRenderer renderer,
            DeliveryResponses responses, PreviewTokens previews, ContentProperties settings) {
        this.lightModules = lightModules;
        this.content = content;
        this.renderer = renderer;
        this.responses = responses;
        this.previews = previews;
        this.settings = settings;
    }

    @GetMapping(PREFIX + "**")
    ResponseEntity<byte[]> deliver(HttpServletRequest request,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(value = PREVIEW_HEADER, required = false) String previewHeader,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String rest = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()
                + PREFIX.length()), StandardCharsets.UTF_8);
        int slash = rest.indexOf('/');
        String endpointName = slash < 0 ? rest : rest.substring(0, slash);
        DeliveryEndpoint endpoint = lightModules.definition(DeliveryEndpoint.class, endpointName)
                .orElseThrow(() -> new NotFoundException("delivery endpoint '" + endpointName + "'"));
        Map<String, String[]> parameters = request.getParameterMap();
        boolean preview = preview(previewHeader, DeliveryQueryParser.single(parameters, "previewToken"));
        DeliveryLanguage language = DeliveryLanguage.of(DeliveryQueryParser.single(parameters, "lang"), acceptLanguage,
                settings.languages());
        DeliverySource source = new DeliverySource(content, endpoint, language, preview);
        String path = slash < 0 ? "" : rest.substring(slash);
        if (path.isEmpty() || path.equals("/")) {
            if (preview) {
                throw InvalidInputException.of("previewToken", "previews show single nodes and their children, not queries");
            }
            return responses.json(query(endpoint, source, parameters), false, ifNoneMatch);
        }
        boolean childrenOnly = path.endsWith("@nodes");
        String relative = NodePaths.normalize(childrenOnly ? path.substring(0, path.length() - "@nodes".length()) : path);
        String absolute = endpoint.absolute(relative);
        PublishedNode node = source.node(absolute).orElse(null);
        if (node == null) {
            return redirectIfMoved(endpoint, absolute, request, childrenOnly, preview);
        }
        Object body = childrenOnly
                ? source.children(node).stream().map(child -> renderer.render(child, source, endpoint.depth())).toList()
                : renderer.render(node, source, endpoint.depth());
        return responses.json(body, preview, ifNoneMatch);
    }

    private Map<String, Object> query(DeliveryEndpoint endpoint, DeliverySource source, Map<String, String[]> parameters) {
        Set<String> nodeTypes = new HashSet<>(endpoint.nodeTypes());
        if (nodeTypes.isEmpty()) {
            nodeTypes.addAll(content.nodeTypes(endpoint.workspace()));
        }
        PublishedQuery query = DeliveryQueryParser.parse(endpoint, nodeTypes, source.language().queryLanguage(), parameters);
        PublishedQuery.Page page = content.query(query);
        List<Map<String, Object>> results = page.results().stream()
                .map(node -> renderer.render(node, source, 0)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        body.put("total", page.total());
        body.put("limit", query.limit());
        body.put("offset", query.offset());
        return body;
    }

    private boolean preview(String header, String parameter) {
        String token = header != null ? header : parameter;
        if (token == null) {
            return false;
        }
        if (!previews.valid(token)) {
            throw new PreviewTokenException();
        }
        return true;
    }

    private ResponseEntity<byte[]> redirectIfMoved(DeliveryEndpoint endpoint, String absolute, HttpServletRequest request,
            boolean childrenOnly, boolean preview) {
        String target = preview ? null : content.movedFrom(endpoint.workspace(), absolute)
                .filter(moved -> endpoint.serves(moved.nodeType()))
                .map(moved -> endpoint.relative(moved.path())).orElse(null);
        if (target == null) {
            throw new NotFoundException("published node " + absolute + " at endpoint '" + endpoint.name() + "'");
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        URI location = URI.create(request.getContextPath() + PREFIX + endpoint.name() + target
                + (childrenOnly ? "@nodes" : "") + query);
        return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT).location(location)
                .cacheControl(CacheControl.noCache()).build();
    }
}
