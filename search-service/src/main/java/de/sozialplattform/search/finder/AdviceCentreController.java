package de.sozialplattform.search.finder;

import de.sozialplattform.search.problem.InvalidParameterException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public advice-centre API. Answers may be cached briefly by browsers and CDNs: they change only when
 * editors publish. Nothing of a request is logged here; search terms and places are sensitive (addiction, debt).
 */
@RestController
class AdviceCentreController {

    static final String PATH = "/api/v1/advice-centres";
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final FinderRequestParser parser;
    private final AdviceCentreFinder finder;

    AdviceCentreController(FinderRequestParser parser, AdviceCentreFinder finder) {
        this.parser = parser;
        this.finder = finder;
    }

    @GetMapping(PATH)
    ResponseEntity<FinderViews.SearchResponse> search(@RequestParam MultiValueMap<String, String> params) {
        return ResponseEntity.ok().cacheControl(CACHE).body(finder.search(parser.parse(params)));
    }

    @GetMapping(PATH + "/{id}")
    ResponseEntity<FinderViews.Detail> detail(@PathVariable String id,
            @RequestParam(name = "lang", required = false) List<String> lang) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidParameterException("id", "is not the id of an advice centre");
        }
        return ResponseEntity.ok().cacheControl(CACHE).body(finder.detail(id.toLowerCase(Locale.ROOT), language(lang)));
    }

    private static String language(List<String> values) {
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return "de";
        }
        String lang = values.get(0).trim().toLowerCase(Locale.ROOT);
        if (values.size() > 1 || !lang.matches("[a-z]{2,3}")) {
            throw new InvalidParameterException("lang", "must be a language code such as de or en");
        }
        return lang;
    }
}
