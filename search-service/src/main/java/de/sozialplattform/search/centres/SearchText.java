package de.sozialplattform.search.centres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The catch-all free-text fields: {@code text_de} with everything a German query may name (name, organisation,
 * German texts, city, counselling types and topics as ids and German labels, attachment text), {@code text_en}
 * with the English translations and labels. Rich text arrives as HTML and is indexed as plain text.
 */
final class SearchText {

    private final TaxonomyLabels labels;

    SearchText(TaxonomyLabels labels) {
        this.labels = labels;
    }

    String german(AdviceCentre centre) {
        List<String> parts = new ArrayList<>();
        parts.add(centre.name());
        parts.add(centre.organisation() == null ? null : centre.organisation().name());
        parts.addAll(texts(centre, "de"));
        parts.add(centre.address() == null ? null : centre.address().city());
        parts.addAll(centre.types());
        parts.addAll(labels("type", centre.types(), "de"));
        parts.addAll(centre.topics());
        parts.addAll(labels("topic", centre.topics(), "de"));
        parts.add(centre.attachmentText());
        return join(parts);
    }

    String english(AdviceCentre centre) {
        List<String> parts = new ArrayList<>(texts(centre, "en"));
        parts.addAll(englishLabels("type", centre.types()));
        parts.addAll(englishLabels("topic", centre.topics()));
        return join(parts);
    }

    /** Only texts really written in {@code lang}: no fallback to German. */
    private static List<String> texts(AdviceCentre centre, String lang) {
        Map<String, String> texts = centre.text().getOrDefault(lang, Map.of());
        return AdviceCentreMapper.TEXTS.stream().map(texts::get).filter(Objects::nonNull).map(HtmlText::plain).toList();
    }

    private List<String> labels(String kind, List<String> ids, String lang) {
        return ids.stream().map(id -> labels.label(kind, id, lang)).filter(Objects::nonNull)
                .filter(label -> !ids.contains(label)).toList();
    }

    /** English labels only: a label that falls back to the German one belongs in {@code text_de}. */
    private List<String> englishLabels(String kind, List<String> ids) {
        List<String> german = labels(kind, ids, "de");
        return labels(kind, ids, "en").stream().filter(label -> !german.contains(label)).toList();
    }

    /** One value per document (whatever the schema's multiValued), lines keep the parts apart for phrases. */
    private static String join(List<String> parts) {
        return String.join("\n", parts.stream().filter(Objects::nonNull).filter(part -> !part.isBlank()).toList());
    }
}
