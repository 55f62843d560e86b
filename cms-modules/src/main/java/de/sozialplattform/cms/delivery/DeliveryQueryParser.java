package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.content.PublishedQuery;
import de.sozialplattform.cms.problem.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Magnolia's query parameters: {@code limit}, {@code offset}, {@code orderBy=a desc,b},
 * {@code q} and filters {@code prop[op]=v1|v2} (ranges {@code from~to}); a bare {@code prop=v} means
 * {@code eq}. Every mistake is a 400 naming the parameter.
 */
final class DeliveryQueryParser {

    static final int MAX_LIMIT = 100;
    private static final Set<String> RESERVED = Set.of("lang", "limit", "offset", "orderBy", "q", "previewToken");
    private static final Pattern FILTER = Pattern.compile("([A-Za-z@][A-Za-z0-9:_@]*)(?:\\[([a-z-]+)])?");
    private static final int MAX_TERMS = 10;

    private DeliveryQueryParser() {
    }

    static PublishedQuery parse(DeliveryEndpoint endpoint, Set<String> nodeTypes, String lang,
            Map<String, String[]> parameters) {
        int limit = integer(parameters, "limit", endpoint.limit(), 1, MAX_LIMIT);
        int offset = integer(parameters, "offset", 0, 0, Integer.MAX_VALUE);
        return new PublishedQuery(endpoint.workspace(), endpoint.rootPath(), nodeTypes, lang, filters(parameters),
                terms(single(parameters, "q")), order(single(parameters, "orderBy")), limit, offset);
    }

    private static List<PublishedQuery.Filter> filters(Map<String, String[]> parameters) {
        List<PublishedQuery.Filter> filters = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (RESERVED.contains(name)) {
                return;
            }
            Matcher matcher = FILTER.matcher(name);
            if (!matcher.matches()) {
                throw InvalidInputException.of(name, "is not a filter; write property[operator]=value");
            }
            PublishedQuery.Operator operator;
            try {
                operator = matcher.group(2) == null ? PublishedQuery.Operator.EQ : PublishedQuery.Operator.of(matcher.group(2));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(name, "has an unknown operator; use eq, ne, lt, gt, lte, gte, like, in or not-in");
            }
            for (String value : values) {
                List<String> alternatives = Arrays.asList(value.split("\\|", -1));
                if (alternatives.stream().anyMatch(String::isEmpty)) {
                    throw InvalidInputException.of(name, "has an empty value");
                }
                filters.add(new PublishedQuery.Filter(name, matcher.group(1), operator, alternatives));
            }
        });
        return filters;
    }

    private static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(q.trim().split("\\s+"))));
        if (terms.size() > MAX_TERMS || terms.stream().anyMatch(term -> term.length() > 100)) {
            throw InvalidInputException.of("q", "takes at most " + MAX_TERMS + " words of up to 100 characters");
        }
        return terms;
    }

    private static List<PublishedQuery.Order> order(String orderBy) {
        List<PublishedQuery.Order> order = new ArrayList<>();
        if (orderBy == null || orderBy.isBlank()) {
            return order;
        }
        for (String key : orderBy.split(",")) {
            String[] parts = key.trim().split("\\s+");
            if (parts.length > 2 || parts.length == 2 && !parts[1].matches("(?i)asc|desc") || parts[0].isEmpty()) {
                throw InvalidInputException.of("orderBy", "must look like 'mgnl:lastModified desc,title asc'");
            }
            order.add(new PublishedQuery.Order(parts[0], parts.length == 2 && parts[1].equalsIgnoreCase("desc")));
        }
        return order;
    }

    static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw InvalidInputException.of(name, "may be given only once");
        }
        return values[0];
    }

    private static int integer(Map<String, String[]> parameters, String name, int fallback, int min, int max) {
        String value = single(parameters, name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(name, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? "" : " to " + max));
    }
}
