package de.sozialplattform.search.taxonomy;

import java.util.List;

/**
 * A counselling type (Beratungsart) such as {@code suchtberatung}, read from
 * {@code adviceCentres/counsellingTypes/<id>.yaml}.
 *
 * @param id the file name, lowercase, e.g. {@code schuldnerberatung}
 * @param order position in lists and facets, ascending
 * @param topics ids of the topics of this type, in the order of the file; a topic may belong to several types
 *     (e.g. {@code mietschulden})
 */
public record CounsellingType(String id, int order, List<String> topics) {

    public CounsellingType {
        topics = List.copyOf(topics);
    }
}
