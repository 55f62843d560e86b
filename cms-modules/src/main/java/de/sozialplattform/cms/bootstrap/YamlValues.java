package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Stored property values as YAML nodes the way Magnolia's YAML export types them: text single-quoted (text with
 * line breaks or control characters double-quoted with escapes, so every value stays on one line), booleans,
 * whole numbers and doubles as plain YAML scalars, dates as plain YAML timestamps. Decimals are written as quoted
 * exact text, so no reader turns them into binary floats.
 */
final class YamlValues {

    private YamlValues() {
    }

    /** The document as text: block style, two-space indents with list dashes indented, no line folding, "\n". */
    static String write(MappingNode document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(document, out);
        return out.toString();
    }

    /** Single-quoted; text with line breaks or control characters double-quoted with escapes, one line each. */
    static ScalarNode text(String value) {
        boolean escapes = value.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029);
        return new ScalarNode(Tag.STR, value, null, null, escapes ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }

    static NodeTuple entry(String key, Node value) {
        return new NodeTuple(text(key), value);
    }

    static MappingNode mapping(List<NodeTuple> entries) {
        return new MappingNode(Tag.MAP, entries, FlowStyle.BLOCK);
    }

    /** A property value: one scalar, or a sequence for a multiple property. */
    static Node property(PropertyDefinition definition, Object value) {
        if (definition.multiple() && value instanceof List<?> list) {
            return new SequenceNode(Tag.SEQ, list.stream().map(item -> single(definition.type(), item)).toList(),
                    FlowStyle.BLOCK);
        }
        return single(definition.type(), value);
    }

    private static Node single(PropertyType type, Object value) {
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean b ? plain(Tag.BOOL, b.toString()) : untyped(value);
            case LONG -> value instanceof Number n ? plain(Tag.INT, n.toString()) : untyped(value);
            case DOUBLE -> value instanceof Number n ? plain(Tag.FLOAT, doubleText(n.doubleValue())) : untyped(value);
            case DATE -> value instanceof String s ? date(s) : untyped(value);
            default -> untyped(value);
        };
    }

    /** A value without a model (a property the content type no longer has): typed by its Java type. */
    static Node untyped(Object value) {
        if (value instanceof Boolean b) {
            return plain(Tag.BOOL, b.toString());
        }
        if (value instanceof Integer || value instanceof Long) {
            return plain(Tag.INT, value.toString());
        }
        if (value instanceof Double d) {
            return plain(Tag.FLOAT, doubleText(d));
        }
        if (value instanceof List<?> list) {
            return new SequenceNode(Tag.SEQ, list.stream().map(YamlValues::untyped).toList(), FlowStyle.BLOCK);
        }
        if (value instanceof Map<?, ?> map) {
            return mapping(map.entrySet().stream()
                    .map(e -> entry(String.valueOf(e.getKey()), untyped(e.getValue()))).toList());
        }
        return text(String.valueOf(value));
    }

    /** Dates with time always with seconds: YAML's timestamp needs them ({@code 10:00+01:00} would be text). */
    private static Node date(String value) {
        if (value.length() == 10) {
            return plain(Tag.TIMESTAMP, value);
        }
        try {
            return plain(Tag.TIMESTAMP, OffsetDateTime.parse(value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            return text(value);
        }
    }

    /** Java's {@code 1.0E10} with a signed exponent, {@code 1.0E+10}: a float in YAML 1.1 (SnakeYAML 1, Magnolia). */
    static String doubleText(double value) {
        return Double.toString(value).replaceFirst("E(\\d)", "E+$1");
    }

    private static ScalarNode plain(Tag tag, String value) {
        return new ScalarNode(tag, value, null, null, ScalarStyle.PLAIN);
    }
}
