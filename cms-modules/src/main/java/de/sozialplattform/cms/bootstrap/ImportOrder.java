package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the files of an import so that files holding referenced content (e.g. organisations) come before the
 * files referring to it (locations): their references can then be set when a node is created, which a required
 * reference needs, and the second pass has less to do. Files in a reference cycle keep their order.
 */
final class ImportOrder {

    private final LightModules lightModules;

    ImportOrder(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    Map<BootstrapFile, BootstrapNode> sort(Map<BootstrapFile, BootstrapNode> trees) {
        Map<BootstrapFile, Set<String>> holds = new LinkedHashMap<>();
        Map<BootstrapFile, Set<String>> needs = new LinkedHashMap<>();
        trees.forEach((file, root) -> {
            Set<String> types = new HashSet<>();
            collectTypes(root, types);
            holds.put(file, types);
            needs.put(file, referencedTypes(file.workspace(), types));
        });
        List<BootstrapFile> remaining = new ArrayList<>(trees.keySet());
        Map<BootstrapFile, BootstrapNode> sorted = new LinkedHashMap<>();
        while (!remaining.isEmpty()) {
            BootstrapFile next = remaining.stream()
                    .filter(file -> remaining.stream().noneMatch(other -> other != file
                            && !java.util.Collections.disjoint(needs.get(file), holds.get(other))))
                    .findFirst().orElse(remaining.get(0));
            remaining.remove(next);
            sorted.put(next, trees.get(next));
        }
        return sorted;
    }

    private static void collectTypes(BootstrapNode node, Set<String> types) {
        types.add(node.nodeType());
        node.children().forEach(child -> collectTypes(child, types));
    }

    private Set<String> referencedTypes(String workspace, Set<String> nodeTypes) {
        Set<String> targets = new HashSet<>();
        for (String nodeType : nodeTypes) {
            lightModules.contentTypeOf(workspace, nodeType).ifPresent(type -> type.properties().stream()
                    .filter(p -> p.type() == PropertyType.REFERENCE)
                    .map(PropertyDefinition::target)
                    .forEach(targets::add));
        }
        return targets;
    }
}
