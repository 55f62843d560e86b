package de.sozialplattform.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The search service as its tests start it: embedded Solr, the real gazetteer file, the light modules of the jar. */
@SpringBootApplication(scanBasePackages = "de.sozialplattform")
@ConfigurationPropertiesScan("de.sozialplattform")
public class SearchTestApplication {
}
