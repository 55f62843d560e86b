package de.sozialplattform.search.finder;

import static de.sozialplattform.search.centres.SolrFields.*;

import de.sozialplattform.search.geo.Origin;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Builds the Solr requests of a search. User words travel only in {@code userq} (escaped, for edismax with
 * {@code uf=-*}) and as escaped fuzzy terms; filter values come from the validated request. Facet counts exclude
 * their own filter ({@code {!ex=…}}) so a citizen sees what choosing another type or topic would give. Ties are
 * always broken by id, so pages and shards agree.
 */
final class FinderQueries {

    static final String TEXT_FIELDS = NAME + "^6 " + ORGANISATION_NAME + "^2 " + TEXT_DE + " " + TEXT_EN + "^0.5";
    static final String LOCAL_KEY = "local";
    private static final int FUZZY_MIN_LENGTH = 5;

    private FinderQueries() {
    }

    /** The page of results within the radius (plus nationwide offers), with facets. */
    static ModifiableSolrParams search(FinderRequest request) {
        ModifiableSolrParams params = base(request);
        if (request.origin() != null) {
            params.add("fq", "{!bool tag=geo should=$within should=$everywhere}");
            params.set("within", "{!geofilt sfield=" + LOCATION + " pt=" + point(request.origin()) + " d="
                    + request.radiusKm() + "}");
            params.set("everywhere", NATIONWIDE + ":true");
        }
        sort(params, request.sort());
        params.set("start", request.page() * request.size());
        params.set("rows", request.size());
        facets(params);
        return params;
    }

    /** The nearest located matches regardless of the radius, for "nothing within N km". */
    static ModifiableSolrParams nearest(FinderRequest request, int rows) {
        ModifiableSolrParams params = base(request);
        params.add("fq", "-" + NATIONWIDE + ":true");
        params.add("fq", LOCATION + ":[-90,-180 TO 90,180]");
        sort(params, FinderRequest.Sort.DISTANCE);
        params.set("rows", rows);
        return params;
    }

    /** Nationwide and online-only offers of the requested types (topics and text left out: a wider net). */
    static ModifiableSolrParams everywhere(FinderRequest request, int rows) {
        ModifiableSolrParams params = plain();
        params.set("q", "*:*");
        params.add("fq", NATIONWIDE + ":true");
        if (!request.types().isEmpty()) {
            params.add("fq", anyOf(TYPE, request.types()));
        }
        params.set("fl", ID + "," + DOC_JSON);
        params.set("sort", NAME_SORT + " asc," + ID + " asc");
        params.set("rows", rows);
        return params;
    }

    static ModifiableSolrParams byId(String id) {
        ModifiableSolrParams params = plain();
        params.set("q", "*:*");
        params.add("fq", ID + ":" + ClientUtils.escapeQueryChars(id));
        params.set("fl", ID + "," + DOC_JSON);
        params.set("rows", 1);
        return params;
    }

    static ModifiableSolrParams sameOrganisation(String organisationId, String exceptId, int rows) {
        ModifiableSolrParams params = plain();
        params.set("q", "*:*");
        params.add("fq", ORGANISATION_ID + ":" + ClientUtils.escapeQueryChars(organisationId));
        params.add("fq", "-" + ID + ":" + ClientUtils.escapeQueryChars(exceptId));
        params.set("fl", ID + "," + DOC_JSON);
        params.set("sort", NAME_SORT + " asc," + ID + " asc");
        params.set("rows", rows);
        return params;
    }

    private static ModifiableSolrParams base(FinderRequest request) {
        ModifiableSolrParams params = plain();
        text(params, request.terms());
        filter(params, "type", TYPE, request.types());
        filter(params, "topic", TOPIC, request.topics());
        filter(params, "targetGroup", TARGET_GROUP, request.targetGroups());
        filter(params, "language", LANGUAGE, request.languages());
        flag(params, "online", ONLINE, request.online());
        flag(params, "anonymous", ANONYMOUS, request.anonymous());
        flag(params, "accessible", ACCESSIBLE, request.accessible());
        flag(params, "free", FREE, request.free());
        params.set("fl", ID + "," + DOC_JSON);
        if (request.origin() != null) {
            params.set("sfield", LOCATION);
            params.set("pt", point(request.origin()));
        }
        return params;
    }

    /**
     * Our own q is built from parameters, so it is parsed by the standard parser; the handler's default (edismax)
     * would ignore the local parameters that route user words into {@code userq}.
     */
    private static ModifiableSolrParams plain() {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("defType", "lucene");
        return params;
    }

    private static void text(ModifiableSolrParams params, List<String> terms) {
        if (terms.isEmpty()) {
            params.set("q", "*:*");
            return;
        }
        params.set("q", "{!bool should=$textq should=$fuzzyq}");
        params.set("textq", "{!edismax qf=$qf mm=$mm uf=-* sow=false v=$userq}");
        params.set("qf", TEXT_FIELDS);
        params.set("mm", "100%");
        params.set("userq", terms.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" ")));
        List<String> fuzzy = terms.stream().map(UserText::folded).filter(word -> !word.isEmpty()).toList();
        params.set("fuzzyq", fuzzy.isEmpty() ? "-*:*" : "{!lucene q.op=AND}" + fuzzy.stream()
                .map(word -> NAME_FOLD + ":" + ClientUtils.escapeQueryChars(word)
                        + (word.length() >= FUZZY_MIN_LENGTH ? "~1" : ""))
                .collect(Collectors.joining(" ")));
    }

    private static void filter(ModifiableSolrParams params, String tag, String field, List<String> values) {
        if (!values.isEmpty()) {
            params.add("fq", "{!tag=" + tag + "}" + anyOf(field, values));
        }
    }

    private static String anyOf(String field, List<String> values) {
        return field + ":(" + values.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")) + ")";
    }

    private static void flag(ModifiableSolrParams params, String tag, String field, Boolean value) {
        if (value != null) {
            params.add("fq", "{!tag=" + tag + "}" + field + ":" + value);
        }
    }

    private static void sort(ModifiableSolrParams params, FinderRequest.Sort sort) {
        String order = switch (sort) {
            // Offers without a place to visit come after the located ones; they carry no distance.
            case DISTANCE -> NATIONWIDE + " asc,geodist() asc";
            case RELEVANCE -> "score desc";
            case NAME -> NAME_SORT + " asc";
        };
        params.set("sort", order + "," + ID + " asc");
    }

    private static void facets(ModifiableSolrParams params) {
        params.set("facet", true);
        params.set("facet.mincount", 1);
        params.set("facet.limit", -1);
        params.set("facet.sort", "count");
        params.add("facet.field", "{!ex=type}" + TYPE);
        params.add("facet.field", "{!ex=topic}" + TOPIC);
        params.add("facet.field", "{!ex=online}" + ONLINE);
        params.add("facet.field", "{!ex=language}" + LANGUAGE);
        // Results with a place to visit within the radius; nationwide offers alone mean "nothing nearby".
        params.add("facet.query", "{!key=" + LOCAL_KEY + "}" + NATIONWIDE + ":false");
    }

    private static String point(Origin origin) {
        return String.format(Locale.ROOT, "%.6f,%.6f", origin.lat(), origin.lon());
    }
}
