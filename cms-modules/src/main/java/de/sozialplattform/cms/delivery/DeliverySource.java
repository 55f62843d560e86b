package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.PublishedContent;
import de.sozialplattform.cms.content.PublishedNode;
import java.util.List;
import java.util.Optional;

/**
 * Where one Delivery API request reads from: the published state, or, with a preview token, the working copies;
 * which node types the endpoint shows; and the language.
 */
final class DeliverySource {

    private final PublishedContent content;
    private final DeliveryEndpoint endpoint;
    private final DeliveryLanguage language;
    private final boolean preview;
    private final boolean resolveReferences;

    DeliverySource(PublishedContent content, DeliveryEndpoint endpoint, DeliveryLanguage language, boolean preview) {
        this(content, endpoint, language, preview, true);
    }

    private DeliverySource(PublishedContent content, DeliveryEndpoint endpoint, DeliveryLanguage language,
            boolean preview, boolean resolveReferences) {
        this.content = content;
        this.endpoint = endpoint;
        this.language = language;
        this.preview = preview;
        this.resolveReferences = resolveReferences;
    }

    DeliveryLanguage language() {
        return language;
    }

    boolean preview() {
        return preview;
    }

    Optional<PublishedNode> node(String absolutePath) {
        Optional<PublishedNode> node = preview ? content.previewByPath(endpoint.workspace(), absolutePath)
                : content.byPath(endpoint.workspace(), absolutePath);
        return node.filter(n -> endpoint.serves(n.nodeType()));
    }

    List<PublishedNode> children(PublishedNode node) {
        List<PublishedNode> children = preview ? content.previewChildren(node) : content.children(node);
        return children.stream().filter(child -> endpoint.serves(child.nodeType())).toList();
    }

    /** The referenced node rendered, when the endpoint resolves this property and the target is visible. */
    Object resolveReference(String property, Object value, DeliveryRenderer renderer) {
        Optional<DeliveryEndpoint.Reference> reference = endpoint.references().stream()
                .filter(r -> r.propertyName().equals(property)).findFirst();
        if (!resolveReferences || reference.isEmpty() || !(value instanceof String id)) {
            return value;
        }
        // One level of references: a referenced node shows its own references as ids, so cycles end here.
        DeliverySource nested = new DeliverySource(content, endpoint, language, preview, false);
        Optional<PublishedNode> target = preview ? content.previewById(NodeId.of(id)) : content.byId(NodeId.of(id));
        return target.filter(t -> t.workspace().equals(reference.get().targetWorkspace()))
                .<Object>map(t -> renderer.render(t, nested, reference.get().depth()))
                .orElse(value);
    }
}
