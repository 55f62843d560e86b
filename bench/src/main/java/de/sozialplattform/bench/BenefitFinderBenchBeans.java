package de.sozialplattform.bench;

import de.sozialplattform.lightmodules.DefinitionParser;
import de.sozialplattform.lightmodules.LightModules;
import de.sozialplattform.lightmodules.LightModulesProperties;
import de.sozialplattform.search.benefitfinder.AnswerValidator;
import de.sozialplattform.search.benefitfinder.BenefitFinder;
import de.sozialplattform.search.benefitfinder.Questionnaire;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * The application context of the benefit-finder bench: only what an evaluation uses, as the application wires it —
 * the light modules (from the jar, or {@code --sozial.light-modules.dir}) with their parsers, the questionnaire, the
 * {@link AnswerValidator}, the {@link BenefitFinder}, and the {@code JsonMapper} of Boot's Jackson configuration
 * with the bench's {@code spring.jackson} settings. No CMS, database, Solr or web server: they are not on the
 * measured path and would only slow the start down.
 *
 * <p>Deliberately not a {@code @Configuration}: the Delivery and search benches scan {@code de.sozialplattform}
 * for components, and must not pick this up.
 */
@EnableConfigurationProperties({LightModulesProperties.class, BenefitFinderBenchProperties.class})
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@ComponentScan(basePackageClasses = LightModules.class)
// The parsers of the questionnaire and the rules are package-private: found by type, not named here.
@ComponentScan(basePackageClasses = BenefitFinder.class, useDefaultFilters = false, includeFilters = @Filter(
        type = FilterType.ASSIGNABLE_TYPE,
        classes = {DefinitionParser.class, Questionnaire.class, AnswerValidator.class, BenefitFinder.class}))
class BenefitFinderBenchBeans {
}
