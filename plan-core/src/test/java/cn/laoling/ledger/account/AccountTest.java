package cn.laoling.ledger.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountTest {

	private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");

	private static final RegionId KUNQU = new RegionId(1);

	private static Account office() {
		return Account.open("zhang", "张三", Role.OFFICE, KUNQU, null, Credentials.temporary("h0", MONDAY));
	}

	@Test
	void aNewAccountMustChangeItsFirstPassword() {
		Account account = office();
		assertThat(account.passwordChangeDueAt(MONDAY)).isTrue();
		account.changePassword("h1", MONDAY);
		assertThat(account.passwordChangeDueAt(MONDAY)).isFalse();
	}

	@Test
	void aPasswordExpiresAfterNinetyDays() {
		Account account = office();
		account.changePassword("h1", MONDAY);
		assertThat(account.passwordChangeDueAt(MONDAY.plus(Duration.ofDays(90)).minusSeconds(1))).isFalse();
		assertThat(account.passwordChangeDueAt(MONDAY.plus(Duration.ofDays(90)))).isTrue();
	}

	@Test
	void demoAccountsNeverHaveToChangeTheirPassword() {
		Account demo = Account.demo("office", "昆区老龄办", Role.OFFICE, KUNQU, null, "h", MONDAY);
		assertThat(demo.passwordChangeDueAt(MONDAY.plus(Duration.ofDays(400)))).isFalse();
	}

	@Test
	void remembersTheLastFivePasswordsNewestFirst() {
		Account account = office();
		for (int i = 1; i <= 6; i++) {
			account.changePassword("h" + i, MONDAY.plusSeconds(i));
		}
		assertThat(account.credentials().recentHashes()).containsExactly("h6", "h5", "h4", "h3", "h2");
	}

	private static Account lockedOn(Instant at) {
		return new Account(new AccountId(7), "zhang", "张三", Role.OFFICE, KUNQU, null,
				Credentials.temporary("h0", MONDAY),
				new LoginFailures(LoginFailures.LIMIT, at.plus(LoginFailures.LOCK)), true, false, 0);
	}

	@Test
	void aLockLastsThirtyMinutes() {
		Account account = lockedOn(MONDAY);
		assertThat(account.lockedAt(MONDAY.plus(Duration.ofMinutes(29)))).isTrue();
		assertThat(account.lockedAt(MONDAY.plus(Duration.ofMinutes(30)))).isFalse();
	}

	@Test
	void attemptsAreCountedUpToTheLimitAndNoFurther() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginFailures(LoginFailures.LIMIT + 1, null))
			.withMessageContaining("0..5");
	}

	@Test
	void aResetUnlocksAndForcesAChangeAtNextLogin() {
		Account account = lockedOn(MONDAY);
		account.changePassword("h1", MONDAY);
		account.resetPassword("temp", MONDAY);
		assertThat(account.lockedAt(MONDAY)).isFalse();
		assertThat(account.passwordChangeDueAt(MONDAY)).isTrue();
	}

	@Test
	void onlyALiaisonIsBoundToAUnit() {
		UnitBinding binding = new UnitBinding(new UnitId(7), LiaisonPosition.PRIMARY);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Account.open("li", "李四", Role.LIAISON, KUNQU, null, Credentials.temporary("h", MONDAY)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> Account.open("li", "李四", Role.LEADER, KUNQU, binding, Credentials.temporary("h", MONDAY)));
		Account liaison = Account.open("li", "李四", Role.LIAISON, KUNQU, binding, Credentials.temporary("h", MONDAY));
		liaison.changeRole(Role.LEADER, null);
		assertThat(liaison.unitId()).isEmpty();
	}

	@Test
	void theThreeAdministratorsAreTheOnlyAdministratorRoles() {
		assertThat(Role.values()).filteredOn(Role::isAdministrator)
			.containsExactlyInAnyOrder(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
		assertThat(Role.business()).noneMatch(Role::isAdministrator);
	}

}
