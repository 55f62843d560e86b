package de.sozialplattform.cms.searchindex;

import de.sozialplattform.cms.assets.AttachmentTexts;
import de.sozialplattform.cms.content.RichTextSanitizer;
import de.sozialplattform.cms.delivery.DeliveryDocuments;
import de.sozialplattform.search.centres.AdviceCentreDocuments;
import de.sozialplattform.search.centres.AdviceCentreMapper;
import de.sozialplattform.search.centres.PostalCodeLookup;
import de.sozialplattform.search.geo.Gazetteer;
import de.sozialplattform.search.taxonomy.Taxonomy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/** Wires the search-service's document mapping to this application's gazetteer, taxonomy and content. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    /** Missing coordinates come from the PLZ gazetteer; rich text is sanitized again, a remote source may not have. */
    @Bean
    AdviceCentreMapper adviceCentreMapper(Gazetteer gazetteer, RichTextSanitizer sanitizer) {
        PostalCodeLookup postalCodes = postalCode -> gazetteer.postalCode(postalCode)
                .map(point -> new PostalCodeLookup.LatLon(point.lat(), point.lon()));
        return new AdviceCentreMapper(postalCodes, sanitizer::sanitize);
    }

    @Bean
    AdviceCentreDocuments adviceCentreDocuments(Taxonomy taxonomy) {
        return new AdviceCentreDocuments(taxonomy::label);
    }

    @Bean
    LocalLocations localLocations(DeliveryDocuments delivery) {
        return new LocalLocations(delivery);
    }

    @Bean
    @Primary
    LocationSource locationSource(SearchIndexProperties properties, LocalLocations local, JsonMapper json) {
        return properties.remote() ? new RemoteLocations(properties.deliveryUrl(), properties.timeout(), json) : local;
    }

    @Bean
    CentreUpdates centreUpdates(LocalLocations locations, AdviceCentreMapper mapper, AdviceCentreDocuments documents,
            SearchIndexProperties properties, AttachmentTexts attachments) {
        return new CentreUpdates(locations, mapper, documents, properties, attachments);
    }
}
