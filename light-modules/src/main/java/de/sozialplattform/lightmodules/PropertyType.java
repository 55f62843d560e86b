package de.sozialplattform.lightmodules;

import java.util.Arrays;
import java.util.Optional;

/** Value types of Magnolia's content-type model, with the spelling used in the YAML files. */
public enum PropertyType {
    STRING("String"),
    RICH_TEXT("richText"),
    BOOLEAN("Boolean"),
    LONG("Long"),
    DOUBLE("Double"),
    DECIMAL("Decimal"),
    DATE("Date"),
    ASSET("asset"),
    /** Written as {@code reference:<contentType>}. */
    REFERENCE("reference"),
    /** Written as the name of a sub-model of the same definition. */
    SUBMODEL("submodel");

    private final String yamlName;

    PropertyType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The simple (non-reference, non-submodel) type written as {@code spelling}, if any. */
    static Optional<PropertyType> simple(String spelling) {
        return Arrays.stream(values())
                .filter(t -> t != REFERENCE && t != SUBMODEL)
                .filter(t -> t.yamlName.equals(spelling))
                .findFirst();
    }
}
