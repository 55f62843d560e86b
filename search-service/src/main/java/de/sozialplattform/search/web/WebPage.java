package de.sozialplattform.search.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose views use the common layout ({@code templates/layout.html}): it then gets the page's
 * language, writing direction and language switch in its model (see {@link LayoutModel}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WebPage {
}
