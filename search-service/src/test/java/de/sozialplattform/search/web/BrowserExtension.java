package de.sozialplattform.search.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link Browser} of this JVM (use {@link UsesBrowser} on the class).
 *
 * <ul>
 *   <li>a class's tests are skipped (reported as skipped, with the reason) when Chromium is missing, and fail
 *       instead when {@value Browser#REQUIRE_BROWSER_ENV} is set;</li>
 *   <li>before all tests of a class: starts the browser on first use and keeps it in the root
 *       {@link ExtensionContext.Store}, which closes it ({@link AutoCloseable}) when the test run ends;</li>
 *   <li>before each test: {@link Browser#reset()} (blank page, no cookies, phone size);</li>
 *   <li>after a failed test: a screenshot and the page's HTML in {@code target/browser/failures/}.</li>
 * </ul>
 */
public final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        ParameterResolver, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed() || Browser.required()) {
            return ConditionEvaluationResult.enabled("Chromium installed or required");
        }
        return ConditionEvaluationResult.disabled(Browser.NOT_INSTALLED);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Browser.installed()) {
            throw new IllegalStateException(Browser.NOT_INSTALLED + ". " + Browser.REQUIRE_BROWSER_ENV
                    + " is set, so browser tests fail instead of being skipped.");
        }
        browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Browser browser = context.getRoot().getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Path directory = Browser.logDir().resolve("failures");
        try {
            browser.screenshot(directory.resolve(name + ".png"));
            Files.writeString(directory.resolve(name + ".html"), "<!-- " + browser.url() + " -->\n" + browser.html());
            context.publishReportEntry("browser", "page at failure: " + directory.resolve(name + ".png")
                    + " and .html (" + browser.url() + ")");
        } catch (RuntimeException e) {
            context.publishReportEntry("browser", "no screenshot: " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    /** The shared browser, started on first use; a failed start fails every later request the same way. */
    static Browser browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> Browser.start(),
                Browser.class);
    }
}
