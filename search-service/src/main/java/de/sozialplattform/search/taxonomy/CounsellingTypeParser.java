package de.sozialplattform.search.taxonomy;

import de.sozialplattform.lightmodules.DefinitionException;
import de.sozialplattform.lightmodules.DefinitionParser;
import de.sozialplattform.lightmodules.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads {@code adviceCentres/counsellingTypes/*.yaml}:
 *
 * <pre>
 * order: 1
 * topics: [alkohol, drogen, medikamente]
 * </pre>
 */
@Component
class CounsellingTypeParser implements DefinitionParser<CounsellingType> {

    static final String FOLDER = "adviceCentres/counsellingTypes";

    /** Ids end up in URLs, Solr filters and message keys: keep them plain. */
    static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private static final String WHAT = "a counselling type";

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public Class<CounsellingType> type() {
        return CounsellingType.class;
    }

    @Override
    public CounsellingType parse(String id, YamlNode root) {
        if (!ID.matcher(id).matches()) {
            throw new DefinitionException(0, "the file name '" + id + "' is not a valid counselling-type id"
                    + " (lowercase letters, digits and '-')");
        }
        Map<String, YamlNode> entries = root.entries(WHAT);
        YamlNode.onlyKeys(entries, List.of("order", "topics"), WHAT);
        int order = order(YamlNode.required(entries, "order", root.line(), WHAT));
        List<String> topics = topics(YamlNode.required(entries, "topics", root.line(), WHAT));
        return new CounsellingType(id, order, topics);
    }

    private static int order(YamlNode node) {
        String text = node.text("order");
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new DefinitionException(node.line(), "order must be a whole number, not '" + text + "'");
        }
    }

    private static List<String> topics(YamlNode node) {
        List<String> topics = new ArrayList<>();
        for (YamlNode item : node.items("topics")) {
            String topic = item.text("a topic");
            if (!ID.matcher(topic).matches()) {
                throw new DefinitionException(item.line(), "topic '" + topic + "' is not a valid id"
                        + " (lowercase letters, digits and '-')");
            }
            if (topics.contains(topic)) {
                throw new DefinitionException(item.line(), "topic '" + topic + "' is listed twice");
            }
            topics.add(topic);
        }
        if (topics.isEmpty()) {
            throw new DefinitionException(node.keyLine(), "topics must list at least one topic");
        }
        return topics;
    }
}
