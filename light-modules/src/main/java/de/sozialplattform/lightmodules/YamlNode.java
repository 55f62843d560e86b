package de.sozialplattform.lightmodules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its line, with accessors that fail with a {@link DefinitionException} naming the
 * line and the expected shape. Parsers use it so that every error in a definition file points to its line.
 */
public final class YamlNode {

    private final Node node;
    /** 1-based line of the key this node is the value of; 0 for the root and for list items. */
    private final int keyLine;

    YamlNode(Node node) {
        this(node, 0);
    }

    private YamlNode(Node node, int keyLine) {
        this.node = node;
        this.keyLine = keyLine;
    }

    /** 1-based line where this node starts; for a nested mapping or list that is the line of its first entry. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * 1-based line of the key this node is the value of ({@code datasource:} for the datasource mapping), or
     * {@link #line()} when it has none. Use it to point at a whole entry, e.g. for an unknown or incomplete one.
     */
    public int keyLine() {
        return keyLine > 0 ? keyLine : line();
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** The entries of a mapping, in file order; fails when this is not a mapping. */
    public Map<String, YamlNode> entries(String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw new DefinitionException(keyLine(), what + " must be a mapping of names to values");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(tuple.getKeyNode());
            String name = key.text("a key in " + what);
            if (entries.put(name, new YamlNode(tuple.getValueNode(), key.line())) != null) {
                throw new DefinitionException(key.line(), "'" + name + "' appears twice in " + what);
            }
        }
        return entries;
    }

    /** Items of a sequence; fails when this is not a sequence. */
    public List<YamlNode> items(String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw new DefinitionException(keyLine(), what + " must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        sequence.getValue().forEach(item -> items.add(new YamlNode(item)));
        return items;
    }

    /** The scalar text; fails when this is not a scalar. */
    public String text(String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new DefinitionException(keyLine(), what + " must be a single value");
        }
        return scalar.getValue();
    }

    public boolean bool(String what) {
        String value = text(what);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new DefinitionException(line(), what + " must be true or false, not '" + value + "'");
        };
    }

    /** Helper for a mapping: the entry {@code key}, or a failure naming the missing key at this node's line. */
    public static YamlNode required(Map<String, YamlNode> entries, String key, int line, String where) {
        return Optional.ofNullable(entries.get(key))
                .orElseThrow(() -> new DefinitionException(line, "'" + key + "' is missing in " + where));
    }

    /** Fails at (the line of) the first key that is not one of {@code allowed}. */
    public static void onlyKeys(Map<String, YamlNode> entries, List<String> allowed, String where) {
        entries.forEach((key, value) -> {
            if (!allowed.contains(key)) {
                throw new DefinitionException(value.keyLine(),
                        "unknown key '" + key + "' in " + where + " (allowed: " + String.join(", ", allowed) + ")");
            }
        });
    }
}
