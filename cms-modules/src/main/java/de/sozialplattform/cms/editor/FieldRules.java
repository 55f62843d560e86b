package de.sozialplattform.cms.editor;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.search.taxonomy.CounsellingType;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the content-type model does not say about a field but the form needs: the options of selections and the
 * pattern of constrained text. Counselling types and their topics come from the taxonomy in the light modules
 * ({@code adviceCentres/counsellingTypes}), so a new type is offered at once; the short closed lists are the ones
 * the content types' descriptions name (the indexer and the finder rely on exactly these ids). Keys are
 * {@code <content type or sub-model>.<property>}.
 */
@Component
class FieldRules {

    private static final Map<String, List<String>> CLOSED_LISTS = Map.of(
            "location.targetGroups", List.of("jugendliche", "junge-erwachsene", "erwachsene", "familien", "frauen",
                    "maenner", "senioren", "angehoerige", "migrantinnen", "lgbtiq", "wohnungslose"),
            "location.onlineChannels", List.of("chat", "video", "email", "phone"),
            "openingHour.days", List.of("mo", "tu", "we", "th", "fr", "sa", "su"),
            "infoPage.categories", List.of("ozgService", "benefit", "counsellingTopic"));

    /** HTML {@code pattern}s, checked on the server too; with the hint key that explains them. */
    private static final Map<String, String> PATTERNS = Map.of(
            "location.postalCode", "[0-9]{5}",
            "openingHour.opens", "([01][0-9]|2[0-3]):[0-5][0-9]",
            "openingHour.closes", "([01][0-9]|2[0-3]):[0-5][0-9]",
            "location.languages", "[a-z]{2,3}",
            "benefit.leikaKey", "[0-9]{14}");

    private final LightModules lightModules;

    FieldRules(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    /** The allowed values of a selection, in display order; empty when the field is free text. */
    Optional<List<String>> options(String owner, String property) {
        String key = owner + "." + property;
        if (key.equals("location.types")) {
            return Optional.of(types().stream().map(CounsellingType::id).toList());
        }
        if (key.equals("location.topics")) {
            LinkedHashSet<String> topics = new LinkedHashSet<>();
            types().forEach(type -> topics.addAll(type.topics()));
            return Optional.of(List.copyOf(topics));
        }
        return Optional.ofNullable(CLOSED_LISTS.get(key));
    }

    Optional<String> pattern(String owner, String property) {
        return Optional.ofNullable(PATTERNS.get(owner + "." + property));
    }

    private List<CounsellingType> types() {
        return lightModules.definitions(CounsellingType.class).values().stream()
                .sorted(Comparator.comparingInt(CounsellingType::order).thenComparing(CounsellingType::id)).toList();
    }
}
