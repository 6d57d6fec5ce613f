package cn.laoling.ledger.web.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AdministratorBootstrapTest {

	@Test
	void theFirstStartNeedsARegionAndAPasswordOfTheOperatorsOwn() {
		assertThatIllegalStateException().isThrownBy(() -> AdministratorBootstrap.refuseUnusable("", "昆都仑区"))
			.withMessageContaining("LEDGER_BOOTSTRAP_PASSWORD");
		assertThatIllegalStateException().isThrownBy(() -> AdministratorBootstrap.refuseUnusable("Kq-2026-x", ""))
			.withMessageContaining("LEDGER_BOOTSTRAP_REGION");
	}

	@Test
	void theShippedDemoPasswordAndWeakPasswordsAreRefused() {
		assertThatIllegalStateException().isThrownBy(() -> AdministratorBootstrap.refuseUnusable("Demo@2026", "昆都仑区"))
			.withMessageContaining("shipped default");
		assertThatIllegalStateException().isThrownBy(() -> AdministratorBootstrap.refuseUnusable("12345678", "昆都仑区"))
			.withMessageContaining("password policy");
		assertThatIllegalStateException()
			.isThrownBy(() -> AdministratorBootstrap.refuseUnusable("Sysadmin-2026", "昆都仑区"))
			.withMessageContaining("password policy");
	}

	@Test
	void aStrongPasswordOfTheOperatorsOwnIsAccepted() {
		assertThatNoException().isThrownBy(() -> AdministratorBootstrap.refuseUnusable("Kq-Lnb-2026-11", "昆都仑区"));
	}

}
