package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.content.ContentProperties;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.content.PublishedContent;
import de.sozialplattform.cms.content.PublishedNode;
import de.sozialplattform.cms.content.PublishedQuery;
import de.sozialplattform.cms.problem.InvalidInputException;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.lightmodules.LightModules;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Delivery API's JSON for readers inside this process (the search indexer), without HTTP: the same renderer,
 * the same endpoint definitions, published content only.
 */
@Component
public class DeliveryDocuments {

    private final LightModules lightModules;
    private final PublishedContent content;
    private final DeliveryRenderer renderer;
    private final ContentProperties settings;
    private final JsonMapper mapper;

    DeliveryDocuments(LightModules lightModules, PublishedContent content, DeliveryRenderer renderer,
            ContentProperties settings, JsonMapper mapper) {
        this.lightModules = lightModules;
        this.content = content;
        this.renderer = renderer;
        this.settings = settings;
        this.mapper = mapper;
    }

    /**
     * The published node with this id as {@code GET /.rest/delivery/{endpoint}/{path}?lang={lang}} shows it; empty
     * when it is not published, lies outside the endpoint's root or is of a type the endpoint does not serve.
     *
     * @throws NotFoundException no such endpoint
     */
    public Optional<JsonNode> node(String endpointName, String id, String lang) {
        DeliveryEndpoint endpoint = endpoint(endpointName);
        DeliverySource source = source(endpoint, lang);
        Optional<NodeId> nodeId;
        try {
            nodeId = Optional.of(NodeId.of(id));
        } catch (IllegalArgumentException e) {
            nodeId = Optional.empty();
        }
        return nodeId.flatMap(content::byId)
                .filter(node -> node.workspace().equals(endpoint.workspace()) && endpoint.relative(node.path()) != null
                        && endpoint.serves(node.nodeType()))
                .map(node -> tree(renderer.render(node, source, endpoint.depth())));
    }

    /**
     * The published node at {@code path} (relative to the endpoint's root) as {@code GET
     * /.rest/delivery/{endpoint}/{path}?lang={lang}} shows it; empty when nothing the endpoint serves is published
     * there, also for a path that is no valid node path.
     *
     * @throws NotFoundException no such endpoint
     */
    public Optional<JsonNode> nodeAt(String endpointName, String path, String lang) {
        DeliveryEndpoint endpoint = endpoint(endpointName);
        DeliverySource source = source(endpoint, lang);
        return absolute(endpoint, path).flatMap(source::node)
                .map(node -> tree(renderer.render(node, source, endpoint.depth())));
    }

    /**
     * The working copy at {@code path} as the Delivery API shows it with a valid preview token: what citizens will
     * see once it is published. The caller must have checked the right to preview.
     */
    public Optional<JsonNode> previewAt(String endpointName, String path, String lang) {
        DeliveryEndpoint endpoint = endpoint(endpointName);
        DeliverySource source = new DeliverySource(content, endpoint, DeliveryLanguage.of(lang, null,
                settings.languages()), true);
        return absolute(endpoint, path).flatMap(source::node)
                .map(node -> tree(renderer.render(node, source, endpoint.depth())));
    }

    /** Where the published node once at {@code path} (relative to the endpoint's root) lives now, if it moved. */
    public Optional<String> movedTo(String endpointName, String path) {
        DeliveryEndpoint endpoint = endpoint(endpointName);
        return absolute(endpoint, path).flatMap(absolute -> content.movedFrom(endpoint.workspace(), absolute))
                .filter(moved -> endpoint.serves(moved.nodeType()))
                .map(moved -> endpoint.relative(moved.path()))
                .filter(Objects::nonNull);
    }

    private static Optional<String> absolute(DeliveryEndpoint endpoint, String path) {
        try {
            return Optional.of(endpoint.absolute(NodePaths.normalize(path)));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * One page of the endpoint's query ({@code GET /.rest/delivery/{endpoint}/?lang=…&limit=…&property=value}) in
     * path order, starting after the node at {@code afterPath} ({@code null}: from the first). Paging by path
     * rather than by offset: nodes published or removed meanwhile cannot shift other nodes out of the walk.
     *
     * @param equals property filters ({@code organisation} → an id), all must match
     * @param limit 1 to 100
     */
    public Page page(String endpointName, String lang, Map<String, String> equals, String afterPath, int limit) {
        DeliveryEndpoint endpoint = endpoint(endpointName);
        DeliverySource source = source(endpoint, lang);
        Map<String, String[]> parameters = new LinkedHashMap<>();
        equals.forEach((property, value) -> parameters.put(property, new String[] {value}));
        if (afterPath != null) {
            parameters.put("@path[gt]", new String[] {afterPath});
        }
        parameters.put("limit", new String[] {String.valueOf(limit)});
        Set<String> nodeTypes = new HashSet<>(endpoint.nodeTypes());
        if (nodeTypes.isEmpty()) {
            nodeTypes.addAll(content.nodeTypes(endpoint.workspace()));
        }
        PublishedQuery query = DeliveryQueryParser.parse(endpoint, nodeTypes, source.language().queryLanguage(),
                parameters);
        List<PublishedNode> nodes = content.query(query).results();
        List<JsonNode> results = nodes.stream().map(node -> tree(renderer.render(node, source, 0))).toList();
        String next = nodes.size() < limit ? null : nodes.get(nodes.size() - 1).path();
        return new Page(results, next);
    }

    private DeliveryEndpoint endpoint(String name) {
        return lightModules.definition(DeliveryEndpoint.class, name)
                .orElseThrow(() -> new NotFoundException("delivery endpoint '" + name + "'"));
    }

    private DeliverySource source(DeliveryEndpoint endpoint, String lang) {
        return new DeliverySource(content, endpoint, DeliveryLanguage.of(lang, null, settings.languages()), false);
    }

    private JsonNode tree(Map<String, Object> json) {
        return mapper.valueToTree(json);
    }

    /**
     * @param next where the following page starts ({@code afterPath}); {@code null} after the last page
     */
    public record Page(List<JsonNode> results, String next) {

        public Page {
            results = List.copyOf(results);
        }
    }
}
