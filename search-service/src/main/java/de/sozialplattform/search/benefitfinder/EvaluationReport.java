package de.sozialplattform.search.benefitfinder;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.sozialplattform.search.finder.NearbyAdviceCentres.Nearby;
import java.util.List;

/**
 * An {@link Evaluation} as people read it, in one language: the API's response document and what the web UI and
 * its PDF show.
 *
 * @param date the date whose rules were applied
 * @param notes about the evaluation as a whole, e.g. that it is no decision
 */
public record EvaluationReport(String date, List<Item> results, List<String> notes) {

    public EvaluationReport {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /** The results of one outcome, in the rules' order. */
    public List<Item> withOutcome(String outcome) {
        return results.stream().filter(item -> item.outcome().equals(outcome)).toList();
    }

    /**
     * One benefit or counselling offer.
     *
     * @param outcome {@code possible} or {@code unlikely}
     * @param description a short description from the CMS; absent when there is none
     * @param infoPage the citizen page about the benefit; absent when there is none
     * @param applyUrl where the online application starts; absent when there is none
     * @param advice the nearest advice centres; only for counselling offers and only when a PLZ was sent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String benefit, String outcome, String title, String description, List<String> reasons,
            String legalBasis, boolean counselling, String infoPage, String applyUrl, List<Nearby> advice) {

        public Item {
            reasons = List.copyOf(reasons);
            advice = advice == null ? null : List.copyOf(advice);
        }
    }
}
