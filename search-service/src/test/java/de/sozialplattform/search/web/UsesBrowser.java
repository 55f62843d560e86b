package de.sozialplattform.search.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives the shared headless {@link Browser}: its test methods (and constructor, lifecycle
 * methods) may take a {@code Browser} parameter. Skipped when Chromium is not installed, unless
 * {@value Browser#REQUIRE_BROWSER_ENV} is set (as in CI): then they fail. Tagged {@code browser}
 * ({@code -Dgroups=browser} runs only these, {@code -DexcludedGroups=browser} all others).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface UsesBrowser {
}
