package de.sozialplattform.cms.content;

import java.util.List;
import java.util.Set;

/**
 * A query over published nodes, as the Delivery API asks it.
 *
 * @param rootPath only nodes below (or at) this path
 * @param nodeTypes only nodes of these types
 * @param lang language of values, sorting and full text; {@code null} for the default language
 * @param filters all must match
 * @param terms full-text terms, all must occur
 * @param orderBy sort keys in order; the path breaks ties
 */
public record PublishedQuery(String workspace, String rootPath, Set<String> nodeTypes, String lang,
        List<Filter> filters, List<String> terms, List<Order> orderBy, int limit, int offset) {

    public PublishedQuery {
        nodeTypes = Set.copyOf(nodeTypes);
        filters = List.copyOf(filters);
        terms = List.copyOf(terms);
        orderBy = List.copyOf(orderBy);
    }

    /** {@code property[operator]=a|b} with ranges {@code from~to}; {@code field} names it in errors. */
    public record Filter(String field, String property, Operator operator, List<String> values) {
    }

    public record Order(String property, boolean descending) {
    }

    /** Magnolia's filter operators. */
    public enum Operator {
        EQ("eq"), NE("ne"), LT("lt"), GT("gt"), LTE("lte"), GTE("gte"), LIKE("like"), IN("in"), NOT_IN("not-in");

        private final String token;

        Operator(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        public static Operator of(String token) {
            for (Operator operator : values()) {
                if (operator.token.equals(token)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException(token);
        }

        boolean negated() {
            return this == NE || this == NOT_IN;
        }
    }

    /** One page of results and the number of all matches. */
    public record Page(List<PublishedNode> results, long total) {
    }
}
