package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.benefitfinder.Evaluation.Result;
import de.sozialplattform.search.finder.NearbyAdviceCentres;
import de.sozialplattform.search.finder.NearbyAdviceCentres.Nearby;
import de.sozialplattform.search.problem.InvalidParameterException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The nearest advice centres for the counselling offers among an evaluation's results. Advice is an extra: when the
 * gazetteer, the index or the finder itself is missing, or the gazetteer does not know the PLZ, the results carry
 * no centres and a note says why, but the evaluation never fails because of it. An unknown PLZ is not a 400: a few
 * current PLZ are missing from GeoNames, and nobody should lose their evaluation over that.
 */
@Component
class EvaluateAdvice {

    /** How many centres one counselling result lists; the finder page behind a link shows more. */
    static final int LIMIT = 3;
    static final String NOTE_ADVICE_UNAVAILABLE = "benefitFinder.note.adviceUnavailable";
    static final String NOTE_POSTAL_CODE_UNKNOWN = "benefitFinder.note.postalCodeUnknown";

    /** Counselling benefit → the counselling type of the finder's taxonomy that offers it. */
    private static final Map<String, String> TYPES = Map.of(
            "schuldnerberatung", "schuldnerberatung",
            "suchtberatung", "suchtberatung",
            "uebernahmeMietrueckstaende", "wohnungsnothilfe",
            "hilfeBesondereSozialeSchwierigkeiten", "wohnungsnothilfe");

    private final ObjectProvider<NearbyAdviceCentres> nearby;

    EvaluateAdvice(ObjectProvider<NearbyAdviceCentres> nearby) {
        this.nearby = nearby;
    }

    /**
     * The centres per counselling benefit, and why some are missing.
     *
     * @param note a message key when centres could not be looked up: {@link #NOTE_ADVICE_UNAVAILABLE} or
     *     {@link #NOTE_POSTAL_CODE_UNKNOWN}
     */
    record Found(Map<String, List<Nearby>> byBenefit, Optional<String> note) {
    }

    Found find(List<Result> results, String postalCode, String lang) {
        Map<String, List<Nearby>> byType = new HashMap<>();
        Map<String, List<Nearby>> byBenefit = new HashMap<>();
        String note = null;
        NearbyAdviceCentres finder = nearby.getIfAvailable();
        for (Result result : results) {
            Optional<String> type = type(result);
            if (type.isEmpty()) {
                continue;
            }
            if (note == null && !byType.containsKey(type.get())) {
                note = finder == null ? NOTE_ADVICE_UNAVAILABLE : lookUp(finder, type.get(), postalCode, lang, byType);
            }
            byBenefit.put(result.benefit(), byType.getOrDefault(type.get(), List.of()));
        }
        return new Found(byBenefit, Optional.ofNullable(note));
    }

    /** Puts the centres of {@code type} into {@code byType}; returns the note when that is not possible. */
    private static String lookUp(NearbyAdviceCentres finder, String type, String postalCode, String lang,
            Map<String, List<Nearby>> byType) {
        try {
            byType.put(type, finder.nearest(type, postalCode, LIMIT, lang));
            return null;
        } catch (InvalidParameterException e) {
            return NearbyAdviceCentres.POSTAL_CODE.equals(e.parameter()) ? NOTE_POSTAL_CODE_UNKNOWN
                    : NOTE_ADVICE_UNAVAILABLE;
        } catch (RuntimeException e) {
            // usually a 503 of the gazetteer or index; nothing is logged: the PLZ tells where someone seeks which
            // help
            return NOTE_ADVICE_UNAVAILABLE;
        }
    }

    private static Optional<String> type(Result result) {
        return result.counselling() ? Optional.ofNullable(TYPES.get(result.benefit())) : Optional.empty();
    }
}
