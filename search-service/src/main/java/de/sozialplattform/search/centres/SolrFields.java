package de.sozialplattform.search.centres;

/** Field names of the advice-centre Solr schema ({@code solr/advice-centres/conf/schema.xml}). */
public final class SolrFields {

    public static final String ID = "id";
    public static final String DOC_JSON = "doc_json";
    public static final String NAME = "name";
    public static final String NAME_FOLD = "name_fold";
    public static final String NAME_SORT = "name_sort";
    public static final String ORGANISATION_ID = "organisation_id";
    public static final String ORGANISATION_NAME = "organisation_name";
    public static final String TYPE = "type";
    public static final String TOPIC = "topic";
    public static final String TARGET_GROUP = "target_group";
    public static final String LANGUAGE = "language";
    public static final String ONLINE_CHANNEL = "online_channel";
    public static final String ONLINE = "online";
    public static final String ANONYMOUS = "anonymous";
    public static final String ACCESSIBLE = "accessible";
    public static final String SIGN_LANGUAGE = "sign_language";
    public static final String FREE = "free";
    public static final String NATIONWIDE = "nationwide";
    public static final String POSTAL_CODE = "postal_code";
    public static final String LOCATION = "location";
    public static final String TEXT_DE = "text_de";
    public static final String TEXT_EN = "text_en";
    public static final String MODIFIED_AT = "modified_at";

    private SolrFields() {
    }
}
