package de.sozialplattform.search.finder;

import de.sozialplattform.search.geo.Gazetteer;
import de.sozialplattform.search.geo.Origin;
import de.sozialplattform.search.problem.InvalidParameterException;
import de.sozialplattform.search.taxonomy.Taxonomy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** Reads and validates the query parameters of a search; every mistake is a 400 naming its parameter. */
@Component
class FinderRequestParser {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern TARGET_GROUP = Pattern.compile("[a-z0-9-]{1,40}");
    private static final int MAX_VALUES = 20;

    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;
    private final FinderProperties limits;

    FinderRequestParser(Gazetteer gazetteer, Taxonomy taxonomy, FinderProperties limits) {
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
        this.limits = limits;
    }

    FinderRequest parse(MultiValueMap<String, String> params) {
        Origin origin = origin(params);
        int radius = integer(params, "radiusKm", limits.defaultRadiusKm(), 1, limits.maxRadiusKm());
        int size = integer(params, "size", limits.defaultSize(), 1, limits.maxSize());
        int page = integer(params, "page", 0, 0, Integer.MAX_VALUE);
        if ((long) (page + 1) * size > limits.maxResultWindow()) {
            throw new InvalidParameterException("page", "is too deep: at most the first " + limits.maxResultWindow()
                    + " results can be paged through; narrow the search instead");
        }
        List<String> types = values(params, "type", value -> taxonomy.type(value).isPresent(), "is not a counselling type");
        List<String> topics = values(params, "topic", taxonomy::isTopic, "is not a topic");
        List<String> groups = values(params, "targetGroup", value -> TARGET_GROUP.matcher(value).matches(),
                "is not a target group");
        List<String> languages = values(params, "language", value -> LANGUAGE.matcher(value).matches(),
                "must be a language code such as de or tr");
        List<String> terms = UserText.words("q", single(params, "q"), limits.maxTextLength(), limits.maxTerms());
        FinderRequest.Sort sort = sort(params, origin, !terms.isEmpty());
        return new FinderRequest(origin, radius, types, topics, groups, languages, terms, flag(params, "online"),
                flag(params, "anonymous"), flag(params, "accessible"), flag(params, "free"), sort, page, size,
                lang(params));
    }

    private Origin origin(MultiValueMap<String, String> params) {
        String location = single(params, "location");
        String lat = single(params, "lat");
        String lon = single(params, "lon");
        boolean coordinates = lat != null || lon != null;
        if (location != null && coordinates) {
            throw new InvalidParameterException("location", "give either location or lat and lon, not both");
        }
        if (coordinates) {
            double latitude = coordinate("lat", lat, 90);
            double longitude = coordinate("lon", lon, 180);
            return new Origin(null, null, latitude, longitude);
        }
        return location == null ? null : gazetteer.resolve("location", location);
    }

    private static double coordinate(String parameter, String value, double bound) {
        if (value == null) {
            throw new InvalidParameterException(parameter, "is required together with " + ("lat".equals(parameter) ? "lon" : "lat"));
        }
        double number;
        try {
            number = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, "must be a decimal number in degrees (WGS84)");
        }
        if (!Double.isFinite(number) || Math.abs(number) > bound) {
            throw new InvalidParameterException(parameter, "must be between -" + (int) bound + " and " + (int) bound);
        }
        return number;
    }

    private static FinderRequest.Sort sort(MultiValueMap<String, String> params, Origin origin, boolean text) {
        String value = single(params, "sort");
        if (value == null) {
            return origin != null ? FinderRequest.Sort.DISTANCE : text ? FinderRequest.Sort.RELEVANCE : FinderRequest.Sort.NAME;
        }
        FinderRequest.Sort sort = switch (value) {
            case "distance" -> FinderRequest.Sort.DISTANCE;
            case "relevance" -> FinderRequest.Sort.RELEVANCE;
            case "name" -> FinderRequest.Sort.NAME;
            default -> throw new InvalidParameterException("sort", "must be distance, relevance or name");
        };
        if (sort == FinderRequest.Sort.DISTANCE && origin == null) {
            throw new InvalidParameterException("sort", "distance needs a location or lat and lon");
        }
        return sort;
    }

    private static int integer(MultiValueMap<String, String> params, String name, int fallback, int min, int max) {
        String value = single(params, name);
        if (value == null) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number");
        }
        if (number < min || number > max) {
            throw new InvalidParameterException(name, max == Integer.MAX_VALUE ? "must be at least " + min
                    : "must be between " + min + " and " + max);
        }
        return number;
    }

    private static Boolean flag(MultiValueMap<String, String> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameterException(name, "must be true or false");
        };
    }

    private static String lang(MultiValueMap<String, String> params) {
        String value = single(params, "lang");
        if (value == null) {
            return "de";
        }
        String lang = value.trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(lang).matches()) {
            throw new InvalidParameterException("lang", "must be a language code such as de or en");
        }
        return lang;
    }

    /** Repeatable parameter; each value may also be a comma-separated list. */
    private static List<String> values(MultiValueMap<String, String> params, String name,
            Predicate<String> valid, String message) {
        List<String> raw = params.getOrDefault(name, List.of());
        Set<String> values = new LinkedHashSet<>();
        for (String entry : raw) {
            for (String value : entry.split(",")) {
                String trimmed = value.trim().toLowerCase(Locale.ROOT);
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!valid.test(trimmed)) {
                    throw new InvalidParameterException(name, "'" + abbreviate(trimmed) + "' " + message);
                }
                values.add(trimmed);
            }
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidParameterException(name, "at most " + MAX_VALUES + " values");
        }
        return List.copyOf(values);
    }

    private static String single(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(name, "must be given once");
        }
        String value = values.get(0);
        return value == null || value.isBlank() ? null : value;
    }

    /** Echoes a bad value shortened and without control characters, so the problem stays readable. */
    private static String abbreviate(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
