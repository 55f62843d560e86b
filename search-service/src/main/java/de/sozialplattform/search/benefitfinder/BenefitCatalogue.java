package de.sozialplattform.search.benefitfinder;

import java.util.Map;

/**
 * Where titles, descriptions and links of the benefits come from: the CMS's published {@code benefit} content,
 * joined to the rules by its {@code finderId}. The CMS provides the implementation when it runs in the same
 * process; without one, {@link BenefitDescriptions} falls back to the names in the message bundles.
 */
public interface BenefitCatalogue {

    /**
     * The published benefits in one language (German where a text is not translated).
     *
     * @return by finder id; benefits without published content are absent
     */
    Map<String, BenefitDescription> benefits(String lang);
}
