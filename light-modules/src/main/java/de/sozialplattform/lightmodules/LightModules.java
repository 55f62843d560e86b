package de.sozialplattform.lightmodules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The definitions currently in force. Reloading never makes things worse: a definition that fails to parse
 * or verify is reported as a {@link DefinitionProblem} and its last good version stays active.
 */
@Component
public class LightModules {

    private static final Logger log = LoggerFactory.getLogger(LightModules.class);

    private final LightModulesProperties properties;
    private final List<DefinitionParser<?>> parsers;
    private final AtomicReference<LightModuleSnapshot> current = new AtomicReference<>(LightModuleSnapshot.EMPTY);

    public LightModules(LightModulesProperties properties, List<DefinitionParser<?>> parsers) {
        this.properties = properties;
        this.parsers = List.copyOf(parsers);
        reload();
    }

    /** Re-reads all files; returns the problems found (also logged). */
    public synchronized List<DefinitionProblem> reload() {
        Map<String, String> files = LightModuleFiles.read(properties);
        LightModuleSnapshot next = LightModuleSnapshot.build(files, parsers, current.get());
        current.set(next);
        next.problems().forEach(problem -> log.warn("Light-module definition not applied: {}", problem));
        log.info("Light modules loaded from {}: {} definitions, {} problems",
                properties.watched() ? properties.dir().toAbsolutePath() : "the application",
                next.definitionCount(), next.problems().size());
        return next.problems();
    }

    /** All definitions of one kind, by id. */
    public <T> Map<String, T> definitions(Class<T> type) {
        return current.get().definitions(type);
    }

    public <T> Optional<T> definition(Class<T> type, String id) {
        return Optional.ofNullable(definitions(type).get(id));
    }

    public Map<String, ContentType> contentTypes() {
        return definitions(ContentType.class);
    }

    /** The content type whose nodes live in {@code workspace} with node type {@code nodeType}. */
    public Optional<ContentType> contentTypeOf(String workspace, String nodeType) {
        return contentTypes().values().stream()
                .filter(t -> t.workspace().equals(workspace) && t.nodeType().equals(nodeType))
                .findFirst();
    }

    /** Workspaces named by any content type. */
    public List<String> workspaces() {
        return contentTypes().values().stream().map(ContentType::workspace).distinct().sorted().toList();
    }

    public Messages messages() {
        return current.get().messages();
    }

    /** Problems of the last reload; empty when every file was applied. */
    public List<DefinitionProblem> problems() {
        return new ArrayList<>(current.get().problems());
    }
}
