package de.sozialplattform.cms.definitions;

import de.sozialplattform.lightmodules.DefinitionProblem;
import de.sozialplattform.lightmodules.LightModules;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /.rest/light-modules/v1}: the content types in force and the definition files that were not applied
 * (file, line, reason) — the place to look after editing the light-modules directory.
 */
@RestController
class DefinitionsController {

    private final LightModules lightModules;

    DefinitionsController(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    @GetMapping("/.rest/light-modules/v1")
    Map<String, Object> definitions() {
        List<DefinitionProblem> problems = lightModules.problems();
        return Map.of("contentTypes", new TreeSet<>(lightModules.contentTypes().keySet()),
                "workspaces", lightModules.workspaces(),
                "languages", new TreeSet<>(lightModules.messages().languages()),
                "problems", problems);
    }
}
