package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.content.Node;
import de.sozialplattform.cms.content.NodeVersion;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether each translation of a node's translated texts is missing, outdated or current. "Outdated" means the
 * German source changed after the translation last changed. When each value last changed is derived from the
 * version history, not stored: the published versions in order, then the working copy, form a sequence of
 * snapshots, and a value's last change is the last snapshot in which it differs from the one before. A source and
 * a translation changed in the same snapshot count as translated together. The cost: changes between two
 * publications collapse into one step, which is the granularity editors think in (what was published when).
 */
final class TranslationStatus {

    enum State { CURRENT, MISSING, OUTDATED }

    private TranslationStatus() {
    }

    /** Translation key ({@code title_en}) → state, for every top-level translated text of the type. */
    static Map<String, State> of(ContentType type, Node node, List<NodeVersion> versions, List<String> languages) {
        List<Map<String, Object>> snapshots = new ArrayList<>();
        versions.stream().sorted(Comparator.comparingInt(NodeVersion::number))
                .forEach(version -> snapshots.add(version.properties()));
        snapshots.add(node.properties());
        Map<String, State> states = new HashMap<>();
        for (PropertyDefinition definition : type.properties()) {
            if (!definition.i18n() || definition.type() == PropertyType.SUBMODEL) {
                continue;
            }
            Object source = node.properties().get(definition.name());
            int sourceChanged = lastChange(snapshots, definition.name());
            for (String lang : languages.subList(1, languages.size())) {
                String key = definition.name() + "_" + lang;
                Object translation = node.properties().get(key);
                State state;
                if (FormBinder.isEmpty(translation)) {
                    state = FormBinder.isEmpty(source) ? State.CURRENT : State.MISSING;
                } else {
                    state = sourceChanged > lastChange(snapshots, key) ? State.OUTDATED : State.CURRENT;
                }
                states.put(key, state);
            }
        }
        return states;
    }

    /** Index of the last snapshot where {@code key}'s value differs from the previous one (0: never changed). */
    private static int lastChange(List<Map<String, Object>> snapshots, String key) {
        for (int i = snapshots.size() - 1; i > 0; i--) {
            if (!Objects.equals(snapshots.get(i).get(key), snapshots.get(i - 1).get(key))) {
                return i;
            }
        }
        return 0;
    }

    /** Whether a node lacks a translation into {@code lang} of a translated text it has in German. */
    static boolean missing(ContentType type, Node node, String lang) {
        return type.properties().stream()
                .filter(d -> d.i18n() && d.type() != PropertyType.SUBMODEL)
                .anyMatch(d -> !FormBinder.isEmpty(node.properties().get(d.name()))
                        && FormBinder.isEmpty(node.properties().get(d.name() + "_" + lang)));
    }
}
