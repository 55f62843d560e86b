package de.sozialplattform.lightmodules;

import java.util.Map;

/**
 * Reads one kind of YAML definition from a folder of every light module, e.g. {@code contentTypes}. Register an
 * implementation as a Spring bean and {@link LightModules} picks it up; the file name without {@code .yaml} is
 * the definition id.
 *
 * @param <T> the definition record
 */
public interface DefinitionParser<T> {

    /** Folder inside a light module, possibly nested (e.g. {@code restEndpoints/delivery}). */
    String folder();

    Class<T> type();

    /** Parses one file; throws {@link DefinitionException} naming the line when the definition is invalid. */
    T parse(String id, YamlNode root);

    /**
     * Checks a definition against all other definitions of its kind (e.g. that a referenced type exists).
     * Throws {@link DefinitionException} when it does not fit; the default accepts everything.
     *
     * @param source the YAML the definition was read from, so a failure can name its line; {@code null} when the
     *     definition is the last good version kept after its file became invalid
     */
    default void verify(T definition, YamlNode source, Map<String, T> all) {
    }
}
