package de.sozialplattform.bench;

import static de.sozialplattform.search.centres.SolrFields.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The Solr parameters of one API search, built here the way {@code FinderQueries.search} of the search service
 * builds them (same parameters, same values, same order): the baseline sends them straight to the node. Keep it in
 * step with {@code FinderQueries}; the bench checks before measuring that both sides find the same locations.
 */
final class RawSolrQueries {

    private static final String TEXT_FIELDS = NAME + "^6 " + ORGANISATION_NAME + "^2 " + TEXT_DE + " " + TEXT_EN + "^0.5";
    private static final int FUZZY_MIN_LENGTH = 5;

    private RawSolrQueries() {
    }

    /** The form body of {@code POST /solr/<core>/select}, answered in JSON. */
    static String formBody(MirroredSearch request) {
        return search(request).stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&")) + "&wt=json";
    }

    /** The parameters, in the order {@code FinderQueries.search} sets them. */
    static List<Map.Entry<String, String>> search(MirroredSearch request) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        add(params, "defType", "lucene");
        text(params, request.terms());
        filter(params, "type", TYPE, request.types());
        filter(params, "topic", TOPIC, request.topics());
        filter(params, "targetGroup", TARGET_GROUP, request.targetGroups());
        filter(params, "language", LANGUAGE, request.languages());
        flag(params, "online", ONLINE, request.online());
        flag(params, "anonymous", ANONYMOUS, request.anonymous());
        flag(params, "accessible", ACCESSIBLE, request.accessible());
        flag(params, "free", FREE, request.free());
        add(params, "fl", ID + "," + DOC_JSON);
        if (request.origin() != null) {
            String point = String.format(Locale.ROOT, "%.6f,%.6f", request.origin().lat(), request.origin().lon());
            add(params, "sfield", LOCATION);
            add(params, "pt", point);
            add(params, "fq", "{!bool tag=geo should=$within should=$everywhere}");
            add(params, "within", "{!geofilt sfield=" + LOCATION + " pt=" + point + " d=" + request.radiusKm() + "}");
            add(params, "everywhere", NATIONWIDE + ":true");
        }
        String order = switch (request.sort()) {
            case DISTANCE -> NATIONWIDE + " asc,geodist() asc";
            case RELEVANCE -> "score desc";
            case NAME -> NAME_SORT + " asc";
        };
        add(params, "sort", order + "," + ID + " asc");
        add(params, "start", String.valueOf(request.page() * request.size()));
        add(params, "rows", String.valueOf(request.size()));
        add(params, "facet", "true");
        add(params, "facet.mincount", "1");
        add(params, "facet.limit", "-1");
        add(params, "facet.sort", "count");
        add(params, "facet.field", "{!ex=type}" + TYPE);
        add(params, "facet.field", "{!ex=topic}" + TOPIC);
        add(params, "facet.field", "{!ex=online}" + ONLINE);
        add(params, "facet.field", "{!ex=language}" + LANGUAGE);
        add(params, "facet.query", "{!key=local}" + NATIONWIDE + ":false");
        return params;
    }

    private static void text(List<Map.Entry<String, String>> params, List<String> terms) {
        if (terms.isEmpty()) {
            add(params, "q", "*:*");
            return;
        }
        add(params, "q", "{!bool should=$textq should=$fuzzyq}");
        add(params, "textq", "{!edismax qf=$qf mm=$mm uf=-* sow=false v=$userq}");
        add(params, "qf", TEXT_FIELDS);
        add(params, "mm", "100%");
        add(params, "userq", terms.stream().map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" ")));
        List<String> fuzzy = terms.stream().map(MirroredSearch::folded).filter(word -> !word.isEmpty()).toList();
        add(params, "fuzzyq", fuzzy.isEmpty() ? "-*:*" : "{!lucene q.op=AND}" + fuzzy.stream()
                .map(word -> NAME_FOLD + ":" + ClientUtils.escapeQueryChars(word)
                        + (word.length() >= FUZZY_MIN_LENGTH ? "~1" : ""))
                .collect(Collectors.joining(" ")));
    }

    private static void filter(List<Map.Entry<String, String>> params, String tag, String field, List<String> values) {
        if (!values.isEmpty()) {
            add(params, "fq", "{!tag=" + tag + "}" + field + ":(" + values.stream().map(ClientUtils::escapeQueryChars)
                    .collect(Collectors.joining(" OR ")) + ")");
        }
    }

    private static void flag(List<Map.Entry<String, String>> params, String tag, String field, Boolean value) {
        if (value != null) {
            add(params, "fq", "{!tag=" + tag + "}" + field + ":" + value);
        }
    }

    private static void add(List<Map.Entry<String, String>> params, String name, String value) {
        params.add(Map.entry(name, value));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
