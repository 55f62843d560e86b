package de.sozialplattform.search.geo;

import de.sozialplattform.search.geo.GazetteerIndex.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Name keys → places, for exact lookups (hash map) and prefix scans (binary search in the sorted keys). Built once
 * and then read-only; a hash map plus one sort is several times cheaper to build than a tree map of ~50 000 keys.
 */
final class NameIndex {

    private final Map<String, List<NameKey>> targets;
    private final String[] sortedKeys;

    private NameIndex(Map<String, List<NameKey>> targets) {
        this.targets = targets;
        this.sortedKeys = targets.keySet().toArray(String[]::new);
        Arrays.sort(sortedKeys);
    }

    List<NameKey> named(String key) {
        return targets.getOrDefault(key, List.of());
    }

    /** Calls {@code action} for every key starting with {@code prefix}, in key order. */
    void forEachStartingWith(String prefix, BiConsumer<String, List<NameKey>> action) {
        int found = Arrays.binarySearch(sortedKeys, prefix);
        for (int i = found >= 0 ? found : -found - 1; i < sortedKeys.length && sortedKeys[i].startsWith(prefix); i++) {
            action.accept(sortedKeys[i], targets.get(sortedKeys[i]));
        }
    }

    /** Collects keys while the gazetteer is built. */
    static final class Builder {

        private final Map<String, List<NameKey>> targets = new HashMap<>(64 * 1024);

        /** Indexes the whole name under each of its keys and under every inner word's start ("am main"). */
        void add(GazetteerIndex.Place place, List<String> keys) {
            for (String key : keys) {
                add(key, new NameKey(place, true));
                for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                    add(key.substring(space + 1), new NameKey(place, false));
                }
            }
        }

        private void add(String key, NameKey target) {
            List<NameKey> list = targets.computeIfAbsent(key, k -> new ArrayList<>(1));
            // both key variants are often equal, and inner words repeat ("Bergen (Dumme) Bergen"): one entry per
            // place, marked whole when any of its keys is the whole name
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).place() == target.place()) {
                    if (target.whole()) {
                        list.set(i, target);
                    }
                    return;
                }
            }
            list.add(target);
        }

        NameIndex build() {
            return new NameIndex(targets);
        }
    }
}
