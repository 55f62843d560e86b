package de.sozialplattform.search.centres;

import java.text.Normalizer;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrInputDocument;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@link AdviceCentre} as the Solr document of the advice-centre schema ({@link SolrFields}), and back from
 * its stored {@code doc_json}.
 */
public final class AdviceCentreDocuments {

    // Immutable and thread-safe once built: one mapper for every document, no Spring settings in the stored form.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final SearchText text;

    public AdviceCentreDocuments(TaxonomyLabels labels) {
        this.text = new SearchText(labels);
    }

    public SolrInputDocument toSolr(AdviceCentre centre) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrFields.ID, centre.id());
        doc.setField(SolrFields.DOC_JSON, toJson(centre));
        setIfPresent(doc, SolrFields.NAME, centre.name());
        setIfPresent(doc, SolrFields.NAME_FOLD, centre.name());
        setIfPresent(doc, SolrFields.NAME_SORT, centre.name() == null ? null : sortKey(centre.name()));
        if (centre.organisation() != null) {
            setIfPresent(doc, SolrFields.ORGANISATION_ID, centre.organisation().id());
            setIfPresent(doc, SolrFields.ORGANISATION_NAME, centre.organisation().name());
        }
        doc.setField(SolrFields.TYPE, centre.types());
        doc.setField(SolrFields.TOPIC, centre.topics());
        doc.setField(SolrFields.TARGET_GROUP, centre.targetGroups());
        doc.setField(SolrFields.LANGUAGE, centre.languages());
        doc.setField(SolrFields.ONLINE_CHANNEL, centre.online() == null ? List.of() : centre.online().channels());
        doc.setField(SolrFields.ONLINE, online(centre));
        doc.setField(SolrFields.ANONYMOUS, centre.anonymous());
        doc.setField(SolrFields.ACCESSIBLE, centre.stepFree());
        doc.setField(SolrFields.SIGN_LANGUAGE, centre.signLanguage());
        doc.setField(SolrFields.FREE, centre.freeOfCharge());
        doc.setField(SolrFields.NATIONWIDE, centre.everywhere());
        setIfPresent(doc, SolrFields.POSTAL_CODE, centre.address() == null ? null : centre.address().postalCode());
        if (centre.location() != null) {
            doc.setField(SolrFields.LOCATION, centre.location().lat() + "," + centre.location().lon());
        }
        setIfPresent(doc, SolrFields.TEXT_DE, text.german(centre));
        setIfPresent(doc, SolrFields.TEXT_EN, text.english(centre));
        if (centre.lastModified() != null) {
            doc.setField(SolrFields.MODIFIED_AT, Date.from(centre.lastModified()));
        }
        return doc;
    }

    /** Online counselling is offered when a channel is named or the offer is online only. */
    public static boolean online(AdviceCentre centre) {
        return centre.onlineOnly() || centre.online() != null && !centre.online().channels().isEmpty();
    }

    /** The stored form ({@code doc_json}). */
    public static String toJson(AdviceCentre centre) {
        return JSON.writeValueAsString(centre);
    }

    /** The document the search API renders from, read back from {@code doc_json}. */
    public static AdviceCentre fromJson(String json) {
        return JSON.readValue(json, AdviceCentre.class);
    }

    /** {@code name_sort}: lower case, umlauts and accents folded to their base letter, ß as ss ("Ärzte" → "arzte"). */
    public static String sortKey(String name) {
        String folded = Normalizer.normalize(name.strip().replace("ß", "ss").replace("ẞ", "SS"), Normalizer.Form.NFD);
        return MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static void setIfPresent(SolrInputDocument doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.setField(field, value);
        }
    }
}
