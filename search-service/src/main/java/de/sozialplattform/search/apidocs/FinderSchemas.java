package de.sozialplattform.search.apidocs;

import static de.sozialplattform.search.apidocs.Docs.arrayOf;
import static de.sozialplattform.search.apidocs.Docs.bool;
import static de.sozialplattform.search.apidocs.Docs.enumOf;
import static de.sozialplattform.search.apidocs.Docs.integer;
import static de.sozialplattform.search.apidocs.Docs.number;
import static de.sozialplattform.search.apidocs.Docs.object;
import static de.sozialplattform.search.apidocs.Docs.ref;
import static de.sozialplattform.search.apidocs.Docs.string;
import static de.sozialplattform.search.apidocs.Docs.type;

import de.sozialplattform.search.finder.FinderProperties;
import de.sozialplattform.search.taxonomy.Taxonomy;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the advice-centre API ({@code FinderViews}). Members that are null are left out of the answers
 * ({@code NON_NULL}), so only what every answer carries is required.
 */
@SuppressWarnings("rawtypes")
final class FinderSchemas {

    static final String LIST = "AdviceCentreList";
    static final String SUMMARY = "AdviceCentreSummary";
    static final String DETAIL = "AdviceCentre";

    private FinderSchemas() {
    }

    static Map<String, Schema> all(Taxonomy taxonomy, FinderProperties limits) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(LIST, object("A page of advice centres with facet counts.")
                .addProperty("total", integer("Number of matches over all pages, nationwide offers included")
                        .format("int64"))
                .addProperty("page", integer("The page shown, 0-based"))
                .addProperty("size", integer("The page size"))
                .addProperty("origin", ref("SearchOrigin"))
                .addProperty("results", arrayOf(ref(SUMMARY), "The page of matches in the requested order: within the "
                        + "radius, plus matching nationwide and online-only offers (`nationwide: true`, after the "
                        + "located ones with `sort=distance`)"))
                .addProperty("facets", object("Counts per value over all matches, each facet ignoring its own filter "
                        + "(so a portal can show how many `type=schuldnerberatung` would find while "
                        + "`type=suchtberatung` is selected); values without matches are left out")
                        .addProperty("type", arrayOf(ref("FacetCount"), "Counselling types, with labels"))
                        .addProperty("topic", arrayOf(ref("FacetCount"), "Topics, with labels"))
                        .addProperty("online", arrayOf(ref("FacetCount"), "`true`/`false`: online counselling offered"))
                        .addProperty("language", arrayOf(ref("FacetCount"), "Languages of counselling (ISO 639-1)"))
                        .required(List.of("type", "topic", "online", "language")))
                .addProperty("suggestions", ref("AdviceCentreSuggestions"))
                .required(List.of("total", "page", "size", "results", "facets")));
        schemas.put("SearchOrigin", object("Where distances are measured from; only when `location` or `lat`/`lon` "
                + "was given.")
                .addProperty("label", string("The place `location` resolved to, e.g. `Düsseldorf`; absent for "
                        + "`lat`/`lon`"))
                .addProperty("postalCode", string("The PLZ, when the origin is one (absent for a place name with "
                        + "several PLZ, whose centroid is used)").pattern("^[0-9]{5}$"))
                .addProperty("lat", number("Latitude (WGS84)"))
                .addProperty("lon", number("Longitude (WGS84)"))
                .required(List.of("lat", "lon")));
        schemas.put("AdviceCentreSuggestions", object("Only when no office lies within the radius (nationwide offers aside): what to offer "
                + "instead.")
                .addProperty("nearest", arrayOf(ref(SUMMARY), "The nearest matches beyond the radius, with "
                        + "`distanceKm`, nearest first"))
                .addProperty("online", arrayOf(ref(SUMMARY), "Nationwide and online-only offers of the requested "
                        + "types (topics and free text left out: a wider net)")));
        schemas.put(SUMMARY, summary(taxonomy));
        schemas.put(DETAIL, detail(limits));
        schemas.put("FacetCount", object("One facet value and how many matches carry it.")
                .addProperty("value", string("The value to filter by, e.g. `suchtberatung`, `true`, `tr`"))
                .addProperty("label", string("Label in the requested language (types and topics only)"))
                .addProperty("count", integer("Matches with this value").format("int64"))
                .required(List.of("value", "count")));
        schemas.put("TaxonomyLabel", object("A taxonomy id with its label in the requested language (German when "
                + "there is no translation, the id when there is no label).")
                .addProperty("id", string("e.g. `suchtberatung`, `spielsucht`, `jugendliche`"))
                .addProperty("label", string("e.g. `Suchtberatung`"))
                .required(List.of("id", "label")));
        schemas.put("OrganisationSummary", object("The Träger (provider organisation) of a location.")
                .addProperty("id", string("Identifier (UUID) of the organisation").format("uuid"))
                .addProperty("name", string("e.g. `Caritasverband für die Stadt Düsseldorf e.V.`"))
                .addProperty("website", string("URL")));
        schemas.put("PostalAddress", object("The office's address; absent for online-only offers.")
                .addProperty("street", string("Street and number"))
                .addProperty("postalCode", string("PLZ").pattern("^[0-9]{5}$"))
                .addProperty("city", string(null)));
        schemas.put("GeoPoint", object("The office's position (WGS84).")
                .addProperty("lat", number(null))
                .addProperty("lon", number(null))
                .addProperty("approximate", bool("True when derived from the PLZ instead of the address: show it as "
                        + "an area, not a pin"))
                .required(List.of("lat", "lon", "approximate")));
        schemas.put("OnlineCounselling", object("Counselling without a visit.")
                .addProperty("channels", arrayOf(enumOf(null, taxonomy.channels()), "How counselling is offered"))
                .addProperty("url", string("URL where online counselling starts")));
        schemas.put("OpeningHours", object("Opening hours on some days of the week.")
                .addProperty("days", arrayOf(enumOf(null, List.of("mo", "tu", "we", "th", "fr", "sa", "su")), null))
                .addProperty("opens", string("`HH:mm`, local time").pattern("^[0-2][0-9]:[0-5][0-9]$"))
                .addProperty("closes", string("`HH:mm`, local time").pattern("^[0-2][0-9]:[0-5][0-9]$"))
                .addProperty("note", string("e.g. `nur mit Termin`, in the requested language")));
        schemas.put("Announcement", object("A notice valid today, e.g. closed over the holidays.")
                .addProperty("text", string("In the requested language"))
                .addProperty("validFrom", string(null).format("date"))
                .addProperty("validUntil", string(null).format("date")));
        return schemas;
    }

    private static Schema summary(Taxonomy taxonomy) {
        return object("One location (Standort) of an advice centre, as result lists show it.")
                .addProperty("id", string("Identifier (UUID) of the location, for `/api/v1/advice-centres/{id}`")
                        .format("uuid"))
                .addProperty("name", string("Proper name, not translated"))
                .addProperty("organisation", ref("OrganisationSummary"))
                .addProperty("types", arrayOf(ref("TaxonomyLabel"), "Counselling types"))
                .addProperty("topics", arrayOf(ref("TaxonomyLabel"), "Topics"))
                .addProperty("address", ref("PostalAddress"))
                .addProperty("location", ref("GeoPoint"))
                .addProperty("distanceKm", number("Straight-line distance from the origin in km, one decimal; only "
                        + "with an origin and for offices with a position"))
                .addProperty("nationwide", bool("True for nationwide and online-only offers, which are shown "
                        + "whatever the radius"))
                .addProperty("online", ref("OnlineCounselling"))
                .addProperty("bookingUrl", string("URL of appointment booking"))
                .addProperty("phone", string("Public phone number"))
                .addProperty("email", string("Public e-mail address"))
                .addProperty("website", string("URL"))
                .addProperty("languages", arrayOf(string(null), "ISO 639-1 codes of the languages counselling is "
                        + "offered in, e.g. `de`, `tr`"))
                .required(List.of("id", "name", "types", "topics", "nationwide", "languages"));
    }

    private static Schema detail(FinderProperties limits) {
        return type("object").description("One location with everything a details page shows: the summary's "
                        + "members (without `distanceKm`) and more. Texts are in the requested language, German where "
                        + "a translation is missing.")
                .addAllOfItem(ref(SUMMARY))
                .addAllOfItem(object(null)
                        .addProperty("description", string("Rich text as HTML (sanitised when the CMS stored it)"))
                        .addProperty("openingHours", arrayOf(ref("OpeningHours"), null))
                        .addProperty("openingHoursNote", string("e.g. `Termine nach Vereinbarung`"))
                        .addProperty("anonymous", bool("Anonymous counselling possible"))
                        .addProperty("stepFree", bool("Step-free access"))
                        .addProperty("signLanguage", bool("Counselling in sign language"))
                        .addProperty("freeOfCharge", bool(null))
                        .addProperty("mainLocation", bool("The organisation's main office"))
                        .addProperty("onlineOnly", bool("Online only, no office to visit"))
                        .addProperty("targetGroups", arrayOf(ref("TaxonomyLabel"), "e.g. `jugendliche`, `familien`"))
                        .addProperty("transportHint", string("Public transport"))
                        .addProperty("parkingHint", string(null))
                        .addProperty("locationHint", string("How to find the office"))
                        .addProperty("announcements", arrayOf(ref("Announcement"), "Only those valid today (German "
                                + "calendar day)"))
                        .addProperty("otherLocations", arrayOf(ref(SUMMARY), "The organisation's other published "
                                + "locations, by name, at most " + limits.otherLocations()))
                        .addProperty("lastModified", string("When the location was last published")
                                .format("date-time"))
                        .required(List.of("anonymous", "stepFree", "signLanguage", "freeOfCharge", "mainLocation",
                                "onlineOnly", "openingHours", "targetGroups", "announcements", "otherLocations")));
    }
}
