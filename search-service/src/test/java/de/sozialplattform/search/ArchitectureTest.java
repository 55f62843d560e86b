package de.sozialplattform.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The feature packages of the search service form a clean graph, and the service stands on its own. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.sozialplattform.search");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("de.sozialplattform.search.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSearchServiceRunsWithoutTheCms() {
        // Citizen and partner traffic may be served by the search service alone (DESIGN: it reads only Solr and
        // the light modules), so nothing here may need the CMS.
        noClasses().should().dependOnClassesThat().resideInAPackage("de.sozialplattform.cms..").check(classes);
    }
}
