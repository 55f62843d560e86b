package de.sozialplattform.webapp;

import de.sozialplattform.cms.bootstrap.BootstrapCommands;
import de.sozialplattform.cms.searchindex.ReindexCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the assembled application: CMS, search service and citizen web in one process. With a command
 * as first argument ({@code export}, {@code import}, {@code reindex}) it runs that command against the configured
 * database (and search index) instead, without web server, and exits with the command's status.
 */
@SpringBootApplication(scanBasePackages = "de.sozialplattform")
@ConfigurationPropertiesScan("de.sozialplattform")
public class SozialplattformApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SozialplattformApplication.class);
        if (BootstrapCommands.isCommand(args) || ReindexCommand.isCommand(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(BootstrapCommands.SETTINGS);
            int status;
            try {
                status = SpringApplication.exit(application.run(args));
            } catch (RuntimeException e) {
                System.err.println(args[0] + " failed, the application did not start: " + e.getMessage());
                status = 1;
            }
            System.exit(status);
        }
        application.run(args);
    }
}
