package de.sozialplattform.cms.benefits;

import de.sozialplattform.cms.delivery.DeliveryDocuments;
import de.sozialplattform.cms.pages.CitizenPages;
import de.sozialplattform.search.benefitfinder.BenefitCatalogue;
import de.sozialplattform.search.benefitfinder.BenefitDescription;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The benefit finder's titles, descriptions and links: the published {@code benefit} content, joined to the rules
 * by {@code finderId}. Read through the Delivery API's renderer and kept per language for a short while, so an
 * evaluation costs no database query and an edit shows within {@link #FRESHNESS}.
 */
@Component
class PublishedBenefits implements BenefitCatalogue {

    static final Duration FRESHNESS = Duration.ofSeconds(30);
    private static final String ENDPOINT = "benefits";
    private static final int PAGE_SIZE = 100;

    private final DeliveryDocuments delivery;
    private final LongSupplier nanoTime;
    private final Map<String, Loaded> byLanguage = new ConcurrentHashMap<>();

    private record Loaded(long at, Map<String, BenefitDescription> benefits) {
    }

    @Autowired
    PublishedBenefits(DeliveryDocuments delivery) {
        this(delivery, System::nanoTime);
    }

    /** @param nanoTime a clock for the cache's age, as {@link System#nanoTime()} */
    PublishedBenefits(DeliveryDocuments delivery, LongSupplier nanoTime) {
        this.delivery = delivery;
        this.nanoTime = nanoTime;
    }

    @Override
    public Map<String, BenefitDescription> benefits(String lang) {
        long now = nanoTime.getAsLong();
        Loaded loaded = byLanguage.get(lang);
        if (loaded == null || now - loaded.at() > FRESHNESS.toNanos()) {
            loaded = new Loaded(now, load(lang));
            byLanguage.put(lang, loaded);
        }
        return loaded.benefits();
    }

    private Map<String, BenefitDescription> load(String lang) {
        Map<String, BenefitDescription> benefits = new ConcurrentHashMap<>();
        String after = null;
        do {
            DeliveryDocuments.Page page = delivery.page(ENDPOINT, lang, Map.of(), after, PAGE_SIZE);
            for (JsonNode benefit : page.results()) {
                String finderId = text(benefit.path("finderId"));
                String title = text(benefit.path("title"));
                if (finderId != null && title != null) {
                    benefits.put(finderId, new BenefitDescription(title, text(benefit.path("shortDescription")),
                            infoPage(benefit.path("infoPage")), text(benefit.path("applicationUrl"))));
                }
            }
            after = page.next();
        } while (after != null);
        return Map.copyOf(benefits);
    }

    /** The resolved reference's citizen page; an unpublished page is not resolved and gives no link. */
    private static String infoPage(JsonNode page) {
        String path = text(page.path("@path"));
        return path == null ? null : CitizenPages.url(path);
    }

    private static String text(JsonNode node) {
        String text = node.isString() ? node.asString().strip() : "";
        return text.isEmpty() ? null : text;
    }
}
