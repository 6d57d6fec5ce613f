package cn.laoling.ledger.web;

import java.time.Clock;
import java.time.temporal.Temporal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** What Maven's module graph cannot see. */
class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.laoling.ledger");

	@Test
	void controllersDoNotReachRepositoriesOrPorts() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat(assignableTo(Repository.class).or(resideInAPackage("cn.laoling.ledger.persistence.."))
				.or(DescribedPredicate.describe("a plan-core port",
						(c) -> c.isInterface() && c.getPackageName().startsWith("cn.laoling.ledger.")
								&& !c.getPackageName().startsWith("cn.laoling.ledger.web")
								&& !c.getPackageName().startsWith("cn.laoling.ledger.persistence"))))
			.because("controllers go through the application services")
			.check(this.classes);
	}

	@Test
	void nothingButTheClockConfigurationReadsTheSystemClock() {
		noClasses().that()
			.doNotHaveSimpleName("ClockConfiguration")
			.should()
			.callMethodWhere(DescribedPredicate.describe("reads the system clock", ArchitectureTest::readsSystemClock))
			.because("time comes from the injected Clock, so that tests can fix it")
			.check(this.classes);
	}

	private static boolean readsSystemClock(JavaMethodCall call) {
		var owner = call.getTargetOwner();
		boolean noArgNow = call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
				&& owner.isAssignableTo(Temporal.class);
		boolean systemClock = owner.isEquivalentTo(Clock.class) && call.getName().startsWith("system");
		return noArgNow || systemClock;
	}

}
