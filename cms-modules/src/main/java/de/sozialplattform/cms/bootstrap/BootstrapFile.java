package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.content.NodePaths;

/**
 * A bootstrap file name, {@code <workspace>.<path segments separated by dots>.yaml}, e.g.
 * {@code pages.leistungen.yaml} for the node {@code /leistungen} of workspace {@code pages}. The workspace root
 * is not a node and has no file; export its top-level nodes one by one.
 */
public record BootstrapFile(String fileName, String workspace, String path) {

    private static final String SUFFIX = ".yaml";

    /** The file of the node at {@code path}; the inverse of {@link #parse(String)}. */
    public static BootstrapFile of(String workspace, String path) {
        if (NodePaths.ROOT.equals(path)) {
            throw new BootstrapException("the workspace root is not a node; export its top-level nodes one by one");
        }
        return new BootstrapFile(workspace + path.replace('/', '.') + SUFFIX, workspace, path);
    }

    /** A file whose top-level node {@code rootName} is to be imported below {@code parentPath}, whatever its name. */
    public static BootstrapFile at(String workspace, String parentPath, String rootName) {
        return of(workspace, NodePaths.child(NodePaths.normalize(parentPath), rootName));
    }

    public static BootstrapFile parse(String fileName) {
        String[] parts = base(fileName).split("\\.");
        if (parts.length < 2) {
            throw new BootstrapException(fileName + ": expected <workspace>.<path>.yaml");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(parts[i]);
        }
        return new BootstrapFile(fileName, parts[0], path.toString());
    }

    /**
     * Like {@link #parse(String)}, but knowing the file's top-level node: node names may contain dots, so the
     * name's end is matched against {@code rootName} and only the part before it is split into parent segments.
     */
    public static BootstrapFile parse(String fileName, String rootName) {
        String base = base(fileName);
        int dot = base.indexOf('.');
        String rest = dot < 0 ? "" : base.substring(dot + 1);
        String parent;
        if (rest.equals(rootName)) {
            parent = NodePaths.ROOT;
        } else if (rest.endsWith("." + rootName)) {
            parent = "/" + rest.substring(0, rest.length() - rootName.length() - 1).replace('.', '/');
        } else {
            throw new BootstrapException(fileName + ": expected <workspace>.<parent path>." + rootName
                    + ".yaml, as its top-level node is '" + rootName + "'");
        }
        return new BootstrapFile(fileName, base.substring(0, dot), NodePaths.child(NodePaths.normalize(parent), rootName));
    }

    public String parentPath() {
        return NodePaths.parent(path);
    }

    private static String base(String fileName) {
        if (!fileName.endsWith(SUFFIX)) {
            throw new BootstrapException(fileName + ": bootstrap files end with .yaml");
        }
        return fileName.substring(0, fileName.length() - SUFFIX.length());
    }
}
