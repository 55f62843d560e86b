package de.sozialplattform.search.benefitfinder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sample answers and dates on which every rule is tried when the rule files are loaded. The samples combine
 * every kind of value of every question, unknown ones included, so an expression that forgets an unknown answer
 * (e.g. {@code householdNetIncome + 1} when it was not given) fails at loading, not in front of a person.
 */
final class RuleSamples {

    /** Per question the values tried, {@code null} meaning "don't know" or not asked. */
    private static final Map<String, List<Object>> VALUES = values();
    private static final int COUNT = 36;
    private static final List<Answers> ANSWERS = build();

    private RuleSamples() {
    }

    static List<Answers> answers() {
        return ANSWERS;
    }

    /** Every date on which a parameter or an outcome changes, the day before each, and a year after the last. */
    static Set<LocalDate> dates(Collection<RuleDefinition> definitions) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (RuleDefinition definition : definitions) {
            definition.parameters().values().forEach(series -> series.values().forEach(value -> dates.add(value.from())));
            definition.outcomes().forEach(outcome -> {
                if (outcome.from() != null) {
                    dates.add(outcome.from());
                }
                if (outcome.until() != null) {
                    dates.add(outcome.until().plusDays(1));
                }
            });
        }
        if (dates.isEmpty()) {
            dates.add(LocalDate.of(2025, 1, 1));
        }
        TreeSet<LocalDate> all = new TreeSet<>(dates);
        dates.forEach(date -> all.add(date.minusDays(1)));
        all.add(dates.last().plusYears(1));
        return all;
    }

    /** Which values a sample has, without the answers of a real person (there are none here). */
    static String describe(Answers answers) {
        return "sample " + ANSWERS.indexOf(answers) + " of " + ANSWERS.size();
    }

    private static List<Answers> build() {
        List<Answers> answers = new ArrayList<>();
        for (int sample = 0; sample < COUNT; sample++) {
            Map<String, Object> values = new HashMap<>();
            int question = 0;
            for (Map.Entry<String, List<Object>> entry : VALUES.entrySet()) {
                // a different stride per question mixes the values into many combinations
                List<Object> options = entry.getValue();
                Object value = options.get((sample * (question % 5 + 1) + question) % options.size());
                if (value != null) {
                    values.put(entry.getKey(), value);
                }
                question++;
            }
            answers.add(new Answers(values));
        }
        answers.add(new Answers(Map.of()));
        return List.copyOf(answers);
    }

    private static Map<String, List<Object>> values() {
        Map<String, List<Object>> values = new java.util.LinkedHashMap<>();
        values.put("age", list(null, 15, 24, 40, 66, 67, 80));
        values.put("partner", list(null, true, false));
        values.put("childrenUnder18", list(null, 0, 1, 3));
        values.put("childrenInEducation18to24", list(null, 0, 2));
        values.put("childInSchoolOrDaycare", list(null, true, false));
        values.put("residence", list(null, "german", "eu", "residencePermit", "asylumSeeker", "toleration", "other"));
        values.put("workCapacity", list(null, "yes", "temporarilyNo", "permanentlyNo"));
        values.put("employment", list(null, "employed", "selfEmployed", "unemployed", "training", "retired",
                "caring", "other"));
        values.put("householdGrossIncome", list(null, 0, 450, 1800, 6000));
        values.put("householdNetIncome", list(null, 0, 900, 2500, 9000));
        values.put("assets", list(null, 0, 12000, 500000));
        values.put("housing", list(null, "rent", "own", "withFamily", "noHome", "shelter"));
        values.put("monthlyRent", list(null, 0, 650));
        values.put("rentArrears", list(null, true, false));
        values.put("currentBenefits", list(null, Set.of("none"), Set.of("buergergeld", "kindergeld"),
                Set.of("wohngeld"), Set.of("bafoeg"), Set.of("asylblg"), Set.of("pension", "grundsicherung")));
        values.put("debts", list(null, true, false));
        values.put("addiction", list(null, true, false));
        values.put("specialDifficulties", list(null, true, false));
        return values;
    }

    private static List<Object> list(Object... values) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(values));
    }
}
