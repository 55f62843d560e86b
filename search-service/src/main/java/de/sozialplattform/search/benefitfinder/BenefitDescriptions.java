package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.LightModules;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Titles, descriptions and links of the benefits for one evaluation: from the {@link BenefitCatalogue} (the CMS)
 * where it has the benefit, else the benefit's name from the message bundles ({@code benefitFinder.benefit.<id>}),
 * so a result always names what it is about, also in a search service running without the CMS.
 */
@Component
class BenefitDescriptions {

    private static final String NAME_PREFIX = "benefitFinder.benefit.";

    private final ObjectProvider<BenefitCatalogue> catalogue;
    private final LightModules lightModules;

    BenefitDescriptions(ObjectProvider<BenefitCatalogue> catalogue, LightModules lightModules) {
        this.catalogue = catalogue;
        this.lightModules = lightModules;
    }

    /** A lookup for one language, read once per evaluation. */
    Lookup in(String lang) {
        BenefitCatalogue source = catalogue.getIfAvailable();
        Map<String, BenefitDescription> published = source == null ? Map.of() : source.benefits(lang);
        return benefit -> {
            BenefitDescription description = published.get(benefit);
            return description != null ? description
                    : new BenefitDescription(lightModules.messages().get(NAME_PREFIX + benefit, lang), null, null, null);
        };
    }

    @FunctionalInterface
    interface Lookup {
        BenefitDescription describe(String benefit);
    }
}
