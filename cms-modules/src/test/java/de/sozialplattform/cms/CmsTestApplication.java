package de.sozialplattform.cms;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The CMS with the light modules, as the tests of this module start it (H2 unless a test says otherwise). */
@SpringBootApplication(scanBasePackages = "de.sozialplattform")
@ConfigurationPropertiesScan("de.sozialplattform")
public class CmsTestApplication {
}
