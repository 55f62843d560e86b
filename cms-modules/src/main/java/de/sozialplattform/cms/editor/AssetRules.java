package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.content.Node;

/** Images need a text alternative before content may point to them (WCAG 1.1.1); the asset carries it. */
final class AssetRules {

    private AssetRules() {
    }

    static boolean imageWithoutAltText(Node node) {
        return "asset".equals(node.nodeType())
                && node.properties().get("mediaType") instanceof String type && type.startsWith("image/")
                && !(node.properties().get("altText") instanceof String alt && !alt.isBlank());
    }
}
