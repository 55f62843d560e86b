package de.sozialplattform.search.benefitfinder;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal figure that changes over time, e.g. the Regelbedarf: values, each in force from its date until the
 * next one's.
 *
 * @param values ascending by {@code from}, at least one
 * @param line where the parameter is named, for errors
 */
record ParameterSeries(String name, List<Dated> values, int line) {

    ParameterSeries {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a parameter needs at least one value");
        }
    }

    /** @param value an {@link Integer} or a {@link Double} */
    record Dated(LocalDate from, Number value) {
    }

    /** The value in force on {@code date}; {@code null} before the first date (the figure did not exist yet). */
    Number valueAt(LocalDate date) {
        Number value = null;
        for (Dated dated : values) {
            if (dated.from().isAfter(date)) {
                break;
            }
            value = dated.value();
        }
        return value;
    }

    LocalDate firstFrom() {
        return values.get(0).from();
    }
}
