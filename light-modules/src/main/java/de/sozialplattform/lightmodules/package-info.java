/**
 * Light modules: definitions kept as files in Magnolia's formats (content types as YAML, messages as
 * {@code .properties}), read from the copy inside the jar or from a watched directory.
 *
 * <p>The API is {@link de.sozialplattform.lightmodules.LightModules} (current definitions and the problems
 * found while reading them), the definition records ({@link de.sozialplattform.lightmodules.ContentType} and
 * friends) and {@link de.sozialplattform.lightmodules.DefinitionParser}, through which other modules add
 * their own definition folders. Everything else is internal.
 */
package de.sozialplattform.lightmodules;
