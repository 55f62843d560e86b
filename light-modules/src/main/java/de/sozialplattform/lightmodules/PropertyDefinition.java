package de.sozialplattform.lightmodules;

/**
 * One property of a content-type model.
 *
 * @param name property name; translations are stored as {@code name_<lang>} (Magnolia's convention)
 * @param type value type
 * @param target for {@link PropertyType#REFERENCE} the referenced content type, for
 *     {@link PropertyType#SUBMODEL} the sub-model name, otherwise {@code null}
 * @param i18n whether the value is translated
 * @param multiple whether the property holds a list of values
 * @param required whether a value (in the default language) must be present
 */
public record PropertyDefinition(String name, PropertyType type, String target, boolean i18n, boolean multiple,
        boolean required) {
}
