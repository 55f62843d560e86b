package de.sozialplattform.lightmodules;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One immutable generation of definitions, built from the files with the previous generation as fallback.
 *
 * @param bundles the message bundles in force, by file path, so an invalid bundle can fall back to its last
 *     good version
 */
record LightModuleSnapshot(Map<Class<?>, Map<String, Object>> byType, Map<String, Map<String, String>> bundles,
        Messages messages, List<DefinitionProblem> problems) {

    static final LightModuleSnapshot EMPTY =
            new LightModuleSnapshot(Map.of(), Map.of(), new Messages(Map.of()), List.of());

    private static final Logger log = LoggerFactory.getLogger(LightModuleSnapshot.class);

    private static final Pattern BUNDLE = Pattern.compile("[^/]+/i18n/(?:.*/)?[^/]+?(?:_([a-z]{2,3}))?\\.properties");

    @SuppressWarnings("unchecked")
    <T> Map<String, T> definitions(Class<T> type) {
        return (Map<String, T>) byType.getOrDefault(type, Map.of());
    }

    int definitionCount() {
        return byType.values().stream().mapToInt(Map::size).sum();
    }

    static LightModuleSnapshot build(Map<String, String> files, List<DefinitionParser<?>> parsers,
            LightModuleSnapshot previous) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<Class<?>, Map<String, Object>> byType = new HashMap<>();
        for (DefinitionParser<?> parser : parsers) {
            byType.put(parser.type(), Map.copyOf(load(parser, files, previous, problems)));
        }
        Map<String, Map<String, String>> bundles = readBundles(files, previous.bundles(), problems);
        return new LightModuleSnapshot(Map.copyOf(byType), Map.copyOf(bundles), messages(bundles),
                List.copyOf(problems));
    }

    private static <T> Map<String, T> load(DefinitionParser<T> parser, Map<String, String> files,
            LightModuleSnapshot previous, List<DefinitionProblem> problems) {
        Pattern filePattern = Pattern.compile("[^/]+/" + Pattern.quote(parser.folder()) + "/([^/]+)\\.ya?ml");
        Map<String, T> parsed = new LinkedHashMap<>();
        Map<String, YamlNode> sources = new HashMap<>();
        Map<String, String> origin = new HashMap<>();
        Map<String, T> last = previous.definitions(parser.type());
        files.forEach((path, content) -> {
            Matcher matcher = filePattern.matcher(path);
            if (!matcher.matches()) {
                return;
            }
            String id = matcher.group(1);
            if (origin.containsKey(id)) {
                problems.add(new DefinitionProblem(path, 0, "'" + id + "' is also defined in " + origin.get(id)));
                return;
            }
            origin.put(id, path);
            try {
                YamlNode source = new YamlNode(compose(content));
                parsed.put(id, parser.parse(id, source));
                sources.put(id, source);
            } catch (RuntimeException e) {
                problems.add(problem(path, e));
                keepLastGood(last, id, parsed);
            }
        });
        Map<String, T> verified = new LinkedHashMap<>();
        parsed.forEach((id, definition) -> {
            try {
                parser.verify(definition, sources.get(id), parsed);
                verified.put(id, definition);
            } catch (RuntimeException e) {
                problems.add(problem(origin.get(id), e));
                keepLastGood(last, id, verified);
            }
        });
        return verified;
    }

    /** A parser failure as a problem; anything but a {@link DefinitionException} is a bug, but only of this file. */
    private static DefinitionProblem problem(String path, RuntimeException e) {
        if (e instanceof DefinitionException definition) {
            return new DefinitionProblem(path, definition.line(), definition.getMessage());
        }
        log.error("Reading {} failed unexpectedly", path, e);
        return new DefinitionProblem(path, 0, "could not be read: " + e);
    }

    private static <T> void keepLastGood(Map<String, T> last, String id, Map<String, T> target) {
        if (last.containsKey(id)) {
            target.put(id, last.get(id));
        }
    }

    private static Node compose(String content) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(1_000_000);
        try {
            Node node = new Yaml(options).compose(new StringReader(content));
            if (node == null) {
                throw new DefinitionException(1, "the file is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new DefinitionException(line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new DefinitionException(0, "not valid YAML: " + e.getMessage());
        }
    }

    /**
     * The message bundles by path (sorted, so the same key in two bundles resolves the same way every time);
     * an invalid bundle keeps its last good version.
     */
    private static Map<String, Map<String, String>> readBundles(Map<String, String> files,
            Map<String, Map<String, String>> last, List<DefinitionProblem> problems) {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        files.forEach((path, content) -> {
            if (!BUNDLE.matcher(path).matches()) {
                return;
            }
            Properties bundle = new Properties();
            try {
                bundle.load(new StringReader(content));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new DefinitionProblem(path, 0, "not a valid properties file: " + e.getMessage()));
                if (last.containsKey(path)) {
                    bundles.put(path, last.get(path));
                }
                return;
            }
            Map<String, String> messages = new HashMap<>();
            bundle.stringPropertyNames().forEach(key -> messages.put(key, bundle.getProperty(key)));
            bundles.put(path, Map.copyOf(messages));
        });
        return bundles;
    }

    private static Messages messages(Map<String, Map<String, String>> bundles) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        bundles.forEach((path, messages) -> {
            Matcher matcher = BUNDLE.matcher(path);
            matcher.matches();
            String language = matcher.group(1) == null ? Messages.DEFAULT_LANGUAGE : matcher.group(1);
            byLanguage.computeIfAbsent(language, l -> new HashMap<>()).putAll(messages);
        });
        return new Messages(byLanguage);
    }
}
