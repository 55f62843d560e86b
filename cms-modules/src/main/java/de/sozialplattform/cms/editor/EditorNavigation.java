package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.lightmodules.ContentType;
import de.sozialplattform.lightmodules.LightModules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The navigation of every editorial page, generated from the content types: staff see every type (grouped by
 * workspace), centre maintainers only "Meine Beratungsstellen" with their organisations and locations, and
 * administrators also the audit log.
 */
@ControllerAdvice(basePackageClasses = EditorNavigation.class)
class EditorNavigation {

    /** What maintainers edit: the advice-centre types (ContentAccess keeps them to their own objects). */
    private static final Set<String> MAINTAINER_TYPES = Set.of("organisation", "location");

    private final LightModules lightModules;

    EditorNavigation(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    @ModelAttribute("navigation")
    Navigation navigation(Caller caller) {
        List<Link> types = lightModules.contentTypes().values().stream()
                .filter(type -> !caller.isMaintainerOnly() || MAINTAINER_TYPES.contains(type.name()))
                .sorted(Comparator.comparing(ContentType::workspace).thenComparing(ContentType::name))
                .map(type -> new Link("editor.type." + type.name(), EditorPaths.list(type.name())))
                .toList();
        return new Navigation(caller.isMaintainerOnly() ? "editor.nav.ownCentres" : "editor.nav.content", types,
                tasks(caller), caller.isAdmin() ? new Link("editor.nav.audit", EditorPaths.AUDIT) : null,
                caller.username());
    }

    /** The workflows beside the content: reviews and review-by dates, and the accounts each role looks after. */
    private static List<Link> tasks(Caller caller) {
        List<Link> tasks = new ArrayList<>();
        if (caller.isMaintainerOnly()) {
            tasks.add(new Link("review.mine.title", "/redaktion/pruefung/meine"));
        } else {
            tasks.add(new Link("review.queue.title", "/redaktion/pruefung"));
        }
        tasks.add(new Link("review.overdue.title", "/redaktion/pruefung/faellig"));
        if (caller.isMaintainerOnly()) {
            tasks.add(new Link("accounts.organisations.title", "/redaktion/kolleginnen"));
        } else if (caller.isEditor() || caller.isAdmin()) {
            tasks.add(new Link("accounts.organisations.title", "/redaktion/organisationen"));
        }
        if (caller.isAdmin()) {
            tasks.add(new Link("accounts.users.title", "/redaktion/benutzer"));
        }
        return tasks;
    }

    /**
     * @param heading message key of the list's heading
     * @param tasks the review and account pages the caller works with
     * @param audit the audit log link, for administrators
     */
    record Navigation(String heading, List<Link> types, List<Link> tasks, Link audit, String username) {
    }

    record Link(String label, String href) {
    }
}
