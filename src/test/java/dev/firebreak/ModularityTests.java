package dev.firebreak;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rooms of design.md hold: declared dependencies only, Camunda only in workflow, POI
 * only in export. That no feature issues SQL against another's tables is
 * {@link TableOwnershipTest}'s part.
 */
class ModularityTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.firebreak");

	@Test
	void featuresUseOnlyEachOthersApiAndDeclaredDependencies() {
		ApplicationModules.of(FirebreakApplication.class).verify();
	}

	@Test
	void onlyTheWorkflowFeatureTouchesTheEngine() {
		noClasses().that()
			.resideOutsideOfPackage("dev.firebreak.workflow..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda..")
			.because("moving to the Operaton fork must stay a rename inside one package")
			.check(MAIN);
	}

	@Test
	void onlyTheExportFeatureWritesWorkbooks() {
		noClasses().that()
			.resideOutsideOfPackage("dev.firebreak.export..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.poi..")
			.because("workbooks are written in one place, with one streaming set-up and one set of styles")
			.check(MAIN);
	}

}
