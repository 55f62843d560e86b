package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.search.benefitfinder.Evaluation.Result;
import de.sozialplattform.search.finder.NearbyAdviceCentres;
import de.sozialplattform.search.finder.NearbyAdviceCentres.Nearby;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The nearest advice centres for the counselling offers among an evaluation's results. Advice is an extra: when the
 * gazetteer, the index or the finder itself is missing, the results carry no centres and a note says so, but the
 * evaluation never fails because of it.
 */
@Component
class EvaluateAdvice {

    /** How many centres one counselling result lists; the finder page behind a link shows more. */
    static final int LIMIT = 3;

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

    /** The centres per counselling benefit, and whether some could not be looked up. */
    record Found(Map<String, List<Nearby>> byBenefit, boolean unavailable) {
    }

    Found find(List<Result> results, String postalCode, String lang) {
        Map<String, List<Nearby>> byBenefit = new HashMap<>();
        Map<String, List<Nearby>> byType = new HashMap<>();
        boolean unavailable = false;
        NearbyAdviceCentres finder = nearby.getIfAvailable();
        for (Result result : results) {
            Optional<String> type = type(result);
            if (type.isEmpty()) {
                continue;
            }
            List<Nearby> centres = byType.get(type.get());
            if (centres == null && finder != null && !unavailable) {
                try {
                    centres = finder.nearest(type.get(), postalCode, LIMIT, lang);
                    byType.put(type.get(), centres);
                } catch (RuntimeException e) {
                    // usually a 503 of the gazetteer or index; nothing is logged: the PLZ tells where someone
                    // seeks which help
                    unavailable = true;
                }
            }
            if (centres == null) {
                unavailable = true;
                centres = List.of();
            }
            byBenefit.put(result.benefit(), centres);
        }
        return new Found(byBenefit, unavailable);
    }

    private static Optional<String> type(Result result) {
        return result.counselling() ? Optional.ofNullable(TYPES.get(result.benefit())) : Optional.empty();
    }
}
