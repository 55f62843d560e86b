package de.sozialplattform.cms.content;

import de.sozialplattform.cms.problem.InvalidInputException;
import java.util.regex.Pattern;

/** Node names and paths: {@code /leistungen/buergergeld}; the workspace root is {@code /}. */
public final class NodePaths {

    public static final String ROOT = "/";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,127}");

    private NodePaths() {
    }

    /** Checks a node name; names never contain {@code /} or {@code @} (used by the API for actions). */
    public static String checkName(String name, String field) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw InvalidInputException.of(field, "must be 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    /** Normalises a path from a URL: leading slash, no trailing slash, every segment a valid name. */
    public static String normalize(String path) {
        if (path == null || path.isBlank() || path.equals(ROOT)) {
            return ROOT;
        }
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        StringBuilder normalized = new StringBuilder();
        for (String segment : trimmed.split("/", -1)) {
            normalized.append('/').append(checkName(segment, "path"));
        }
        return normalized.toString();
    }

    public static String child(String parentPath, String name) {
        return ROOT.equals(parentPath) ? "/" + name : parentPath + "/" + name;
    }

    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? ROOT : path.substring(0, slash);
    }

    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether {@code path} is {@code ancestor} itself or lies below it. */
    public static boolean isSelfOrDescendant(String path, String ancestor) {
        return path.equals(ancestor) || ROOT.equals(ancestor) || path.startsWith(ancestor + "/");
    }
}
