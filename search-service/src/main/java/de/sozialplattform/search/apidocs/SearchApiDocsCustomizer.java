package de.sozialplattform.search.apidocs;

import de.sozialplattform.search.finder.FinderProperties;
import de.sozialplattform.search.taxonomy.Taxonomy;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.Constants;

/**
 * Writes the search API into the document springdoc builds: its component schemas, the explicit
 * {@code /api/v1/advice-centres*}, {@code /api/v1/places} and {@code /api/v1/benefit-finder/*} paths (replacing anything scanned under those keys) and
 * the tags "Beratungsstellenfinder", "Places" and "Sozialleistungsfinder".
 *
 * <p>springdoc injects its customizers as a {@code Set} and calls them in no guaranteed order ({@code @Order} is
 * not applied), so this one only adds what it owns and never removes or overwrites anything else: the CMS's
 * customizer may run before or after it, with the same document as result. For the same reason it sets
 * {@code info} only while it is still springdoc's default, i.e. when the search service runs without the CMS.
 */
class SearchApiDocsCustomizer implements OpenApiCustomizer {

    /** The paths this customizer describes. */
    static final Set<String> PATHS = Set.of(FinderPaths.SEARCH, FinderPaths.DETAIL, PlacesPaths.PLACES,
            BenefitFinderPaths.QUESTIONS, BenefitFinderPaths.EVALUATE);

    private final Taxonomy taxonomy;
    private final FinderProperties limits;

    SearchApiDocsCustomizer(Taxonomy taxonomy, FinderProperties limits) {
        this.taxonomy = taxonomy;
        this.limits = limits;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getInfo() == null || Constants.DEFAULT_TITLE.equals(openApi.getInfo().getTitle())) {
            openApi.info(info(openApi.getInfo()));
        }
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        Components components = openApi.getComponents();
        ProblemSchemas.all().forEach(components::addSchemas);
        FinderSchemas.all(taxonomy, limits).forEach(components::addSchemas);
        PlacesPaths.schemas().forEach(components::addSchemas);
        BenefitFinderPaths.schemas().forEach(components::addSchemas);
        Paths paths = openApi.getPaths() == null ? new Paths() : openApi.getPaths();
        explicitPaths().forEach(paths::addPathItem);
        openApi.paths(paths);
        openApi.tags(tags(openApi.getTags()));
    }

    private Map<String, PathItem> explicitPaths() {
        Map<String, PathItem> paths = new LinkedHashMap<>(new FinderPaths(taxonomy, limits).all());
        paths.putAll(PlacesPaths.all());
        paths.putAll(BenefitFinderPaths.all());
        return paths;
    }

    private static Info info(Info scanned) {
        return new Info().title("Sozialplattform search API")
                .version(scanned == null ? Constants.DEFAULT_VERSION : scanned.getVersion())
                .description("""
                        The public search API of the Sozialplattform: the Beratungsstellenfinder \
                        (`/api/v1/advice-centres`), PLZ/place autocomplete (`/api/v1/places`) and the \
                        Sozialleistungsfinder (`/api/v1/benefit-finder`). No sign-in; CORS \
                        open for partner portals. Every error is an RFC 9457 problem document \
                        (`application/problem+json`) with a stable `type`; a wrong parameter is named in `errors`. \
                        See `docs/advice-centre-finder.md` in the repository.""");
    }

    /** The tags there are, plus the search API's where missing: whoever adds tags first keeps their order. */
    private static List<Tag> tags(List<Tag> existing) {
        List<Tag> tags = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        for (Tag tag : List.of(
                new Tag().name(FinderPaths.TAG).description("Advice centres (Beratungsstellen) by place, radius, "
                        + "counselling type, topic and free text; public, no sign-in, CORS open for partner portals"),
                new Tag().name(PlacesPaths.TAG).description("PLZ and place-name autocomplete for the finder's "
                        + "location field (GeoNames, CC BY 4.0)"),
                new Tag().name(BenefitFinderPaths.TAG).description("The Sozialleistungsfinder: a questionnaire and "
                        + "which benefits and counselling offers may fit the answers; stateless, answers never stored"))) {
            if (tags.stream().noneMatch(t -> t.getName().equals(tag.getName()))) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
