package de.sozialplattform.cms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The feature packages of the CMS form a clean graph. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.sozialplattform.cms");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("de.sozialplattform.cms.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theOutboxKnowsNoneOfItsProducersOrConsumers() {
        // Producers and consumers depend on the outbox, never the reverse, so new consumers plug in freely.
        noClasses().that().resideInAPackage("de.sozialplattform.cms.outbox..")
                .should().dependOnClassesThat().resideInAnyPackage("de.sozialplattform.cms.content..",
                        "de.sozialplattform.cms.webhook..", "de.sozialplattform.cms.management..")
                .check(classes);
    }
}
