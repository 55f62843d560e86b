package de.sozialplattform.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the assembled application: CMS, search service and citizen web in one process. */
@SpringBootApplication(scanBasePackages = "de.sozialplattform")
@ConfigurationPropertiesScan("de.sozialplattform")
public class SozialplattformApplication {

    public static void main(String[] args) {
        SpringApplication.run(SozialplattformApplication.class, args);
    }
}
