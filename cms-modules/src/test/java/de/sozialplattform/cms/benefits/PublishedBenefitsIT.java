package de.sozialplattform.cms.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.cms.ApiClient;
import de.sozialplattform.cms.CmsTestApplication;
import de.sozialplattform.cms.delivery.DeliveryDocuments;
import de.sozialplattform.search.benefitfinder.BenefitDescription;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The benefit finder's view of the benefit content: what is published, by finderId, fresh within 30 seconds. */
@SpringBootTest(classes = CmsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishedBenefitsIT {

    static final String NODES = "/.rest/nodes/v1/benefits";

    @LocalServerPort
    int port;
    @Autowired
    DeliveryDocuments delivery;

    @Test
    void publishedEditsShowOnceTheCopyIsStaleAndUnpublishedBenefitsAreAbsent() {
        ApiClient editor = ApiClient.as(port, "editor", "editor");
        long[] now = {0};
        PublishedBenefits benefits = new PublishedBenefits(delivery, () -> now[0]);
        String folder = "b-" + UUID.randomUUID().toString().substring(0, 8);
        String finderId = "probe" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        editor.put(NODES, "{\"name\":\"" + folder + "\",\"type\":\"mgnl:folder\"}");
        editor.put(NODES + "/" + folder, """
                {"name":"probe","type":"benefit","properties":{"finderId":"%s","title":"Probe","title_en":"Probe (EN)",
                 "applicationUrl":"https://antrag.example.org/probe"}}""".formatted(finderId));
        String path = NODES + "/" + folder;
        assertThat(benefits.benefits("de")).as("a draft is not shown").doesNotContainKey(finderId);

        editor.post(path + "@publish", editor.get(path).etag(), "{\"includeSubnodes\":true}");
        now[0] += PublishedBenefits.FRESHNESS.toNanos() + 1;
        assertThat(benefits.benefits("de").get(finderId))
                .isEqualTo(new BenefitDescription("Probe", null, null, "https://antrag.example.org/probe"));
        assertThat(benefits.benefits("en").get(finderId).title()).isEqualTo("Probe (EN)");
        assertThat(benefits.benefits("de").get("buergergeld").infoPage()).isEqualTo("/seiten/leistungen/buergergeld");

        editor.post(path + "/probe", editor.get(path + "/probe").etag(), "{\"properties\":{\"title\":\"Probe neu\"}}");
        editor.post(path + "/probe@publish", editor.get(path + "/probe").etag(), "");
        assertThat(benefits.benefits("de").get(finderId).title()).as("the copy is fresh").isEqualTo("Probe");
        now[0] += PublishedBenefits.FRESHNESS.toNanos() + 1;
        assertThat(benefits.benefits("de").get(finderId).title()).isEqualTo("Probe neu");

        editor.post(path + "/probe@unpublish", editor.get(path + "/probe").etag(), "");
        now[0] += PublishedBenefits.FRESHNESS.toNanos() + 1;
        assertThat(benefits.benefits("de")).doesNotContainKey(finderId);
    }
}
