package de.sozialplattform.search.geo;

import de.sozialplattform.search.problem.InvalidParameterException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/places?q=…&limit=…}: place and PLZ autocomplete for the finder's location field. The query is
 * never logged: it is where someone looks for addiction or debt counselling.
 */
@RestController
class PlacesController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final Gazetteer gazetteer;

    PlacesController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/api/v1/places")
    ResponseEntity<Places> places(@RequestParam("q") String q,
                                  @RequestParam(name = "limit", defaultValue = "10") int limit) {
        if (limit < 1 || limit > Gazetteer.MAX_SUGGESTIONS) {
            throw new InvalidParameterException("limit", "must be between 1 and " + Gazetteer.MAX_SUGGESTIONS);
        }
        return ResponseEntity.ok().cacheControl(CACHE).body(new Places(gazetteer.suggest(q, limit)));
    }

    /** The response document. */
    record Places(List<PlaceSuggestion> results) {
    }
}
