package de.sozialplattform.bench;

import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import de.sozialplattform.search.benefitfinder.AnswerValidator;
import de.sozialplattform.search.benefitfinder.BenefitFinder;
import de.sozialplattform.search.benefitfinder.Questionnaire;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benefit-finder benchmark ({@code java -jar sozialplattform-bench.jar benefit-finder [--setting=value …]}):
 * starts the product's benefit-finder beans ({@link BenefitFinderBenchBeans}), reads the households and runs
 * {@link BenefitFinderBench}. Settings: {@link BenefitFinderBenchProperties}.
 */
final class BenefitFinderBenchLauncher {

    static final String COMMAND = "benefit-finder";

    private final PrintStream out;

    BenefitFinderBenchLauncher(PrintStream out) {
        this.out = out;
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    BenefitFinderBench.Outcome run(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(BenefitFinderBenchBeans.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            JsonMapper json = context.getBean(JsonMapper.class);
            List<Households.Household> households = Households.load(json);
            BenefitFinderBenchProperties settings = context.getBean(BenefitFinderBenchProperties.class);
            BenefitFinderReport report = new BenefitFinderReport(out);
            report.machine(settings, rules(context), households);
            EvaluationPath path = new EvaluationPath(json, context.getBean(AnswerValidator.class),
                    context.getBean(BenefitFinder.class));
            return new BenefitFinderBench(settings, households, path, report).run();
        }
    }

    /** Where questionnaire and rules come from, so a report names what it measured. */
    private static String rules(ConfigurableApplicationContext context) {
        LightModulesProperties source = context.getBean(LightModulesProperties.class);
        LightModules lightModules = context.getBean(LightModules.class);
        return String.format(Locale.ROOT, "questionnaire of %d questions and benefit rules from the light modules %s"
                + " (%d problems in the light modules)", context.getBean(Questionnaire.class).questions().size(),
                source.watched() ? "in " + source.dir().toAbsolutePath().normalize() : "on the class path",
                lightModules.problems().size());
    }
}
