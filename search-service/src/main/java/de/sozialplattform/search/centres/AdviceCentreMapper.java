package de.sozialplattform.search.centres;

import static de.sozialplattform.search.centres.DeliveryJson.flag;
import static de.sozialplattform.search.centres.DeliveryJson.text;
import static de.sozialplattform.search.centres.DeliveryJson.texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Builds the internal search document of one location from its Delivery API JSON, one rendering per language
 * ({@code de} required), with the {@code organisation} reference resolved inline as Magnolia's
 * {@code jcrReferenceResolver} does. Rich text stays HTML in {@code text.<lang>.description} (for display); the
 * index fields get its plain text ({@link AdviceCentreDocuments}).
 */
public final class AdviceCentreMapper {

    public static final String DEFAULT_LANGUAGE = "de";
    /** Translatable texts of a location, as named in {@link AdviceCentre#text()}. */
    public static final List<String> TEXTS = List.of("description", "openingHoursNote", "transportHint", "parkingHint",
            "locationHint");
    private static final String RICH_TEXT = "description";

    private final PostalCodeLookup postalCodes;
    private final UnaryOperator<String> sanitizer;

    public AdviceCentreMapper(PostalCodeLookup postalCodes) {
        this(postalCodes, UnaryOperator.identity());
    }

    /** @param sanitizer cleans rich text from sources that may not have (a remote Magnolia) */
    public AdviceCentreMapper(PostalCodeLookup postalCodes, UnaryOperator<String> sanitizer) {
        this.postalCodes = postalCodes;
        this.sanitizer = sanitizer;
    }

    /**
     * The document, or empty when the location must not be in the index: no German rendering, or its
     * organisation did not resolve (the Delivery API then shows the bare id: the organisation is not published).
     */
    public Optional<AdviceCentre> map(Map<String, JsonNode> byLanguage) {
        JsonNode base = byLanguage.get(DEFAULT_LANGUAGE);
        if (base == null || text(base, "@id") == null || !base.path("organisation").isObject()) {
            return Optional.empty();
        }
        AdviceCentre.Address address = address(base);
        return Optional.of(new AdviceCentre(text(base, "@id"), text(base, "@path"), text(base, "name"),
                organisation(base.path("organisation")), texts(base, "types"), texts(base, "topics"),
                texts(base, "targetGroups"), address, point(base, address), online(base), text(base, "bookingUrl"),
                text(base, "phone"), text(base, "email"), text(base, "website"), texts(base, "languages"),
                flag(base, "anonymous"), flag(base, "stepFree"), flag(base, "signLanguage"), flag(base, "freeOfCharge"),
                flag(base, "mainLocation"), flag(base, "nationwide"), flag(base, "onlineOnly"),
                openingHours(base, byLanguage), localisedTexts(byLanguage), announcements(base, byLanguage), null,
                DeliveryJson.instant(base, "mgnl:lastModified")));
    }

    private static AdviceCentre.Organisation organisation(JsonNode organisation) {
        return new AdviceCentre.Organisation(text(organisation, "@id"), text(organisation, "name"),
                text(organisation, "website"));
    }

    private static AdviceCentre.Address address(JsonNode base) {
        String street = text(base, "street");
        String postalCode = text(base, "postalCode");
        String city = text(base, "city");
        return street == null && postalCode == null && city == null ? null
                : new AdviceCentre.Address(street, postalCode, city);
    }

    /** The location's own coordinates; without valid ones, the postal code's point, flagged approximate. */
    private AdviceCentre.Point point(JsonNode base, AdviceCentre.Address address) {
        OptionalDouble lat = DeliveryJson.number(base, "latitude");
        OptionalDouble lon = DeliveryJson.number(base, "longitude");
        // Out-of-range values would make Solr refuse the document and the event retry forever.
        if (lat.isPresent() && lon.isPresent() && Math.abs(lat.getAsDouble()) <= 90
                && Math.abs(lon.getAsDouble()) <= 180) {
            return new AdviceCentre.Point(lat.getAsDouble(), lon.getAsDouble(), flag(base, "coordinatesApproximate"));
        }
        if (address == null || address.postalCode() == null) {
            return null;
        }
        return postalCodes.point(address.postalCode())
                .map(point -> new AdviceCentre.Point(point.lat(), point.lon(), true)).orElse(null);
    }

    private static AdviceCentre.Online online(JsonNode base) {
        List<String> channels = texts(base, "onlineChannels");
        String url = text(base, "onlineUrl");
        return channels.isEmpty() && url == null ? null : new AdviceCentre.Online(channels, url);
    }

    private static List<AdviceCentre.OpeningHours> openingHours(JsonNode base, Map<String, JsonNode> byLanguage) {
        return DeliveryJson.children(base, "openingHours").stream()
                .map(child -> new AdviceCentre.OpeningHours(texts(child.node(), "days"), text(child.node(), "opens"),
                        text(child.node(), "closes"), translated(byLanguage,
                                node -> text(node.path("openingHours").path(child.name()), "note"))))
                .toList();
    }

    private static List<AdviceCentre.Announcement> announcements(JsonNode base, Map<String, JsonNode> byLanguage) {
        return DeliveryJson.children(base, "announcements").stream()
                .map(child -> new AdviceCentre.Announcement(translated(byLanguage,
                        node -> text(node.path("announcements").path(child.name()), "text")),
                        DeliveryJson.date(child.node(), "validFrom"), DeliveryJson.date(child.node(), "validUntil")))
                .filter(announcement -> !announcement.text().isEmpty())
                .toList();
    }

    /** {@code text.<lang>.<property>}; rich text sanitized, still HTML. */
    private Map<String, Map<String, String>> localisedTexts(Map<String, JsonNode> byLanguage) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String property : TEXTS) {
            translated(byLanguage, node -> text(node, property)).forEach((lang, value) -> texts
                    .computeIfAbsent(lang, l -> new LinkedHashMap<>())
                    .put(property, property.equals(RICH_TEXT) ? sanitizer.apply(value) : value));
        }
        return texts;
    }

    /**
     * A value by language. The Delivery API answers a missing translation with the German value, so a value equal
     * to the German one is that fallback, not a translation: it is left out (readers fall back to German anyway).
     */
    private static Map<String, String> translated(Map<String, JsonNode> byLanguage, Function<JsonNode, String> value) {
        String german = value.apply(byLanguage.get(DEFAULT_LANGUAGE));
        Map<String, String> translations = new LinkedHashMap<>();
        byLanguage.forEach((lang, node) -> {
            String text = node == null ? null : value.apply(node);
            if (text != null && (lang.equals(DEFAULT_LANGUAGE) || !text.equals(german))) {
                translations.put(lang, text);
            }
        });
        return translations;
    }
}
