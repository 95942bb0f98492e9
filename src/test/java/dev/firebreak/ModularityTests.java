package dev.firebreak;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rooms of design.md hold: declared dependencies only, Camunda only in workflow, POI
 * only in export, and refusals turned into HTTP answers only in web. That no feature
 * issues SQL against another's tables is {@link TableOwnershipTest}'s part.
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

	@Test
	void onlyWebTurnsRefusalsIntoHttpAnswers() {
		noClasses().that()
			.resideOutsideOfPackage("dev.firebreak.web..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.http.ProblemDetail")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.web.ErrorResponseException")
			.because("features throw dev.firebreak.failure types; web maps them to problem+json (ADR 0010)")
			.check(MAIN);
	}

	/** The core only: its nested web side, incident.web, is where its HTTP belongs. */
	@Test
	void theIncidentFeatureKnowsNoHttp() {
		noClasses().that()
			.resideInAPackage("dev.firebreak.incident..")
			.and()
			.resideOutsideOfPackage("dev.firebreak.incident.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..")
			.because(
					"design.md: incident never uses HTTP types outside its web side; its refusals are failures that web maps")
			.check(MAIN);
	}

	/**
	 * Spring Modulith lets a parent module use its nested modules; the incident core must
	 * not, or incident → incident.web → workflow, task, sla → incident would go round.
	 */
	@Test
	void theIncidentCoreNeverUsesItsWebSide() {
		noClasses().that()
			.resideInAPackage("dev.firebreak.incident..")
			.and()
			.resideOutsideOfPackage("dev.firebreak.incident.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.firebreak.incident.web..")
			.because("design.md: the structure reads one way, HTTP → feature service → aggregate → events")
			.check(MAIN);
	}

	@Test
	void failuresDependOnNothingButTheJdk() {
		noClasses().that()
			.resideInAPackage("dev.firebreak.failure..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("dev.firebreak.failure..", "java..", "org.springframework.modulith..")
			.because("every feature, incident first, must be able to use them without HTTP or Spring Web")
			.check(MAIN);
	}

}
