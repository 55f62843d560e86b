package de.sozialplattform.cms.delivery;

import java.util.List;

/**
 * A delivery endpoint definition ({@code restEndpoints/delivery/<name>.yaml}).
 *
 * @param rootPath the part of the workspace the endpoint exposes; request paths are relative to it
 * @param depth how many levels of children a node carries
 * @param limit default page size of queries
 * @param nodeTypes types of the nodes queries return
 * @param childNodeTypes further types that may be read and appear as children (e.g. folders)
 */
record DeliveryEndpoint(String name, String workspace, String rootPath, int depth, int limit, List<String> nodeTypes,
        List<String> childNodeTypes, List<Reference> references) {

    DeliveryEndpoint {
        nodeTypes = List.copyOf(nodeTypes);
        childNodeTypes = List.copyOf(childNodeTypes);
        references = List.copyOf(references);
    }

    boolean serves(String nodeType) {
        return nodeTypes.contains(nodeType) || childNodeTypes.contains(nodeType);
    }

    /** Absolute repository path of a path relative to the endpoint root. */
    String absolute(String relative) {
        if ("/".equals(rootPath)) {
            return relative;
        }
        return "/".equals(relative) ? rootPath : rootPath + relative;
    }

    /** Path relative to the endpoint root, or {@code null} when {@code absolute} lies outside it. */
    String relative(String absolute) {
        if ("/".equals(rootPath)) {
            return absolute;
        }
        if (absolute.equals(rootPath)) {
            return "/";
        }
        return absolute.startsWith(rootPath + "/") ? absolute.substring(rootPath.length()) : null;
    }

    /**
     * A reference property resolved to the referenced node.
     *
     * @param depth levels of children of the referenced node
     */
    record Reference(String name, String propertyName, String targetWorkspace, int depth) {
    }
}
