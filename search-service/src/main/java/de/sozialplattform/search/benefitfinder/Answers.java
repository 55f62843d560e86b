package de.sozialplattform.search.benefitfinder;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's validated answers by question id. "Don't know" and unanswered questions are absent: every accessor
 * then returns empty, and the rules assume what is most favourable to the person.
 *
 * @param values by question id: {@link Integer} for numbers, {@link Boolean} for yes/no, {@link String} for a
 *     single choice, {@link Set} of {@link String} for several choices
 */
public record Answers(Map<String, Object> values) {

    public Answers {
        values = Map.copyOf(values);
    }

    public boolean known(String id) {
        return values.containsKey(id);
    }

    public Optional<Integer> number(String id) {
        return values.get(id) instanceof Integer number ? Optional.of(number) : Optional.empty();
    }

    public Optional<Boolean> yesNo(String id) {
        return values.get(id) instanceof Boolean answer ? Optional.of(answer) : Optional.empty();
    }

    public Optional<String> choice(String id) {
        return values.get(id) instanceof String choice ? Optional.of(choice) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public Set<String> choices(String id) {
        return values.get(id) instanceof Set<?> set ? (Set<String>) set : Set.of();
    }
}
