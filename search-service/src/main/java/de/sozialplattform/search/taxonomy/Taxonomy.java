package de.sozialplattform.search.taxonomy;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.Messages;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The ids a location can carry and their labels. Counselling types and topics come from the light modules and
 * are read on every call, so a changed or added type file applies without restart; target groups and online
 * channels are fixed lists (docs/advice-centre-finder.md) because the content and the search API code against
 * them.
 */
@Component
public class Taxonomy {

    /** Label kinds, see {@link #label(String, String, String)}. */
    public static final String TYPE = "type";
    public static final String TOPIC = "topic";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String CHANNEL = "channel";

    private static final List<String> KINDS = List.of(TYPE, TOPIC, TARGET_GROUP, CHANNEL);
    private static final List<String> TARGET_GROUPS = List.of("jugendliche", "junge-erwachsene", "erwachsene",
            "familien", "frauen", "maenner", "senioren", "angehoerige", "migrantinnen", "lgbtiq", "wohnungslose");
    private static final List<String> CHANNELS = List.of("chat", "video", "email", "phone");

    private final LightModules lightModules;

    public Taxonomy(LightModules lightModules) {
        this.lightModules = lightModules;
    }

    /** All counselling types by {@code order}, ties by id. */
    public List<CounsellingType> types() {
        return lightModules.definitions(CounsellingType.class).values().stream()
                .sorted(Comparator.comparingInt(CounsellingType::order).thenComparing(CounsellingType::id))
                .toList();
    }

    public Optional<CounsellingType> type(String id) {
        // the definitions map is immutable and rejects a null key
        return id == null ? Optional.empty() : lightModules.definition(CounsellingType.class, id);
    }

    public boolean isType(String id) {
        return type(id).isPresent();
    }

    /** The topics of all types, without duplicates, in the order of {@link #types()} and then of each file. */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        types().forEach(type -> topics.addAll(type.topics()));
        return Collections.unmodifiableSet(topics);
    }

    public boolean isTopic(String id) {
        return id != null && types().stream().anyMatch(type -> type.topics().contains(id));
    }

    public List<String> targetGroups() {
        return TARGET_GROUPS;
    }

    /** Online counselling channels: {@code chat}, {@code video}, {@code email}, {@code phone}. */
    public List<String> channels() {
        return CHANNELS;
    }

    /**
     * The label of an id from the message key {@code adviceCentres.<kind>.<id>}, in {@code lang}, else German,
     * else the id itself (so a missing label shows something meaningful, never a key).
     *
     * @param kind {@link #TYPE}, {@link #TOPIC}, {@link #TARGET_GROUP} or {@link #CHANNEL}
     * @param lang a language code such as {@code en}; {@code null} means German
     * @throws IllegalArgumentException for another kind
     */
    public String label(String kind, String id, String lang) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown label kind '" + kind + "', expected one of " + KINDS);
        }
        String language = lang == null || lang.isBlank() ? Messages.DEFAULT_LANGUAGE : lang;
        return lightModules.messages().find("adviceCentres." + kind + "." + id, language).orElse(id);
    }
}
