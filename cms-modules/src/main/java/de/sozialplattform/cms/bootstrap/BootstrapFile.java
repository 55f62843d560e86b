package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.content.NodePaths;

/**
 * A bootstrap file name, {@code <workspace>.<path segments separated by dots>.yaml}, e.g.
 * {@code pages.leistungen.yaml} for the node {@code /leistungen} of workspace {@code pages}.
 */
public record BootstrapFile(String fileName, String workspace, String path) {

    public static BootstrapFile parse(String fileName) {
        if (!fileName.endsWith(".yaml")) {
            throw new BootstrapException(fileName + ": bootstrap files end with .yaml");
        }
        String[] parts = fileName.substring(0, fileName.length() - ".yaml".length()).split("\\.");
        if (parts.length < 2) {
            throw new BootstrapException(fileName + ": expected <workspace>.<path>.yaml");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(parts[i]);
        }
        return new BootstrapFile(fileName, parts[0], path.toString());
    }

    public String parentPath() {
        return NodePaths.parent(path);
    }
}
