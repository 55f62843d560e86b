package de.sozialplattform.search.centres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The internal search document of one location (Standort): what the Delivery API shows of it, flattened for
 * search, plus what only search needs (its organisation, derived coordinates, text of attachments). Stored in
 * Solr as JSON ({@code doc_json}); the search API renders its answers from it.
 *
 * @param text translatable texts by language ({@code de}, {@code en}, …) and by property name
 *     ({@code description}, {@code openingHoursNote}, {@code transportHint}, {@code parkingHint},
 *     {@code locationHint}); German is the fallback
 * @param attachmentText text extracted from attached files; indexed, never shown
 */
public record AdviceCentre(
        String id,
        String path,
        String name,
        Organisation organisation,
        List<String> types,
        List<String> topics,
        List<String> targetGroups,
        Address address,
        Point location,
        Online online,
        String bookingUrl,
        String phone,
        String email,
        String website,
        List<String> languages,
        boolean anonymous,
        boolean stepFree,
        boolean signLanguage,
        boolean freeOfCharge,
        boolean mainLocation,
        boolean nationwide,
        boolean onlineOnly,
        List<OpeningHours> openingHours,
        Map<String, Map<String, String>> text,
        List<Announcement> announcements,
        String attachmentText,
        Instant lastModified) {

    public AdviceCentre {
        types = copy(types);
        topics = copy(topics);
        targetGroups = copy(targetGroups);
        languages = copy(languages);
        openingHours = copy(openingHours);
        announcements = copy(announcements);
        text = text == null ? Map.of() : Map.copyOf(text);
    }

    /** The same location with the text of its attached files (a source of this CMS knows them, a remote one not). */
    public AdviceCentre withAttachmentText(String attachments) {
        return new AdviceCentre(id, path, name, organisation, types, topics, targetGroups, address, location, online,
                bookingUrl, phone, email, website, languages, anonymous, stepFree, signLanguage, freeOfCharge,
                mainLocation, nationwide, onlineOnly, openingHours, text, announcements, attachments, lastModified);
    }

    /** Shown whatever the radius: nationwide offers and offers without an office to visit. */
    public boolean everywhere() {
        return nationwide || onlineOnly;
    }

    /** A translatable text in {@code lang}, else in German; null when neither exists. */
    public String text(String property, String lang) {
        String value = text.getOrDefault(lang, Map.of()).get(property);
        return value != null ? value : text.getOrDefault("de", Map.of()).get(property);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public record Organisation(String id, String name, String website) {
    }

    public record Address(String street, String postalCode, String city) {
    }

    /** @param approximate true when derived from the postal code rather than the address */
    public record Point(double lat, double lon, boolean approximate) {
    }

    public record Online(List<String> channels, String url) {
        public Online {
            channels = copy(channels);
        }
    }

    /**
     * @param days {@code mo} … {@code su}
     * @param note by language
     */
    public record OpeningHours(List<String> days, String opens, String closes, Map<String, String> note) {
        public OpeningHours {
            days = copy(days);
            note = note == null ? Map.of() : Map.copyOf(note);
        }
    }

    /** @param text by language */
    public record Announcement(Map<String, String> text, LocalDate validFrom, LocalDate validUntil) {
        public Announcement {
            text = text == null ? Map.of() : Map.copyOf(text);
        }

        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
        }
    }
}
