package de.sozialplattform.search.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Accessibility checks with axe-core (the JavaScript bundled in {@code com.deque.html.axe-core:selenium}) on the
 * page the {@link Browser} shows: the rules tagged WCAG 2.0 and 2.1, levels A and AA ({@link #WCAG_TAGS}).
 *
 * <pre>{@code
 * browser.open(baseUrl + "/leistungsfinder");
 * Accessibility.assertNoViolations(browser);
 * }</pre>
 *
 * axe finds a good part of WCAG failures automatically (missing labels, alternative texts, language, contrast,
 * ARIA misuse, heading and landmark structure), not all: keyboard use and meaningful texts still need people.
 */
public final class Accessibility {

    /** axe rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final int MAX_HTML = 300;

    private Accessibility() {
    }

    /** Runs axe with {@link #WCAG_TAGS} on the current page (whole document, same-origin frames included). */
    public static Results analyze(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + browser.url() + ": " + results.getErrorMessage(),
                    results.getError());
        }
        return results;
    }

    /** The WCAG A/AA violations axe finds on the current page; empty when there are none. */
    public static List<Rule> violations(Browser browser) {
        return analyze(browser).getViolations();
    }

    /** The ids of {@link #violations(Browser)}, e.g. {@code image-alt}, {@code label}, {@code html-has-lang}. */
    public static List<String> violationIds(Browser browser) {
        return violations(browser).stream().map(Rule::getId).toList();
    }

    /**
     * Fails with one paragraph per violated rule (id, impact, help text and link, then each offending element's
     * selector, HTML and axe's advice) when axe finds WCAG A/AA violations on the current page.
     */
    public static void assertNoViolations(Browser browser) {
        List<Rule> violations = violations(browser);
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(browser.url(), violations));
        }
    }

    /** The failure message of {@link #assertNoViolations(Browser)}. */
    public static String describe(String url, Collection<Rule> violations) {
        StringBuilder text = new StringBuilder();
        int elements = violations.stream().mapToInt(rule -> rule.getNodes().size()).sum();
        text.append(violations.size()).append(" accessibility rule(s) violated on ").append(url).append(" (")
                .append(elements).append(" element(s); axe-core, ").append(String.join(", ", WCAG_TAGS))
                .append("):\n");
        for (Rule rule : violations) {
            text.append("\n[").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append("\n    ").append(rule.getHelpUrl()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                text.append("  - ").append(target(node.getTarget())).append('\n')
                        .append("    ").append(shorten(node.getHtml())).append('\n');
                if (node.getFailureSummary() != null) {
                    text.append("    ").append(node.getFailureSummary().strip().replace("\n", "\n      "))
                            .append('\n');
                }
            }
        }
        return text.toString();
    }

    /** axe targets: a list of selectors (one per frame or shadow root level), sometimes nested lists. */
    private static String target(Object target) {
        if (target instanceof Collection<?> parts) {
            return parts.stream().map(Accessibility::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    private static String shorten(String html) {
        String oneLine = html == null ? "" : html.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_HTML ? oneLine : oneLine.substring(0, MAX_HTML) + "…";
    }
}
