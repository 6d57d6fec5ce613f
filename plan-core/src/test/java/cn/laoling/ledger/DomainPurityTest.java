package cn.laoling.ledger;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class DomainPurityTest {

	private final JavaClasses domain = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.laoling.ledger");

	@Test
	void theDomainNeverReadsTheClock() {
		ArchRule rule = noClasses().should()
			.callMethodWhere(ClockReads.READS_THE_CLOCK)
			.because("time is an input to the domain: pass a date or a Clock");
		rule.check(this.domain);
	}

	@Test
	void theDomainDependsOnNoFramework() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..", "org.hibernate..")
			.check(this.domain);
	}

}
