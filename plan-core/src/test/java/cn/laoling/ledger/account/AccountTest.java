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
				new LoginFailures(LoginFailures.LIMIT, at.plus(LoginFailures.LOCK)), true, false, 0, 0);
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

	@Test
	void disablingAPasswordResetOrAnotherRoleUnitOrRegionEndsTheSessions() {
		UnitBinding binding = new UnitBinding(new UnitId(7), LiaisonPosition.PRIMARY);
		Account liaison = Account.open("li", "李四", Role.LIAISON, KUNQU, binding, Credentials.temporary("h", MONDAY));
		long generation = liaison.sessionGeneration();
		liaison.rename("李四（新）");
		liaison.changeEmail("li@example.org");
		liaison.bindTo(binding);
		liaison.moveTo(KUNQU);
		liaison.unlock();
		assertThat(liaison.sessionGeneration()).as("nothing that changes what the session may do")
			.isEqualTo(generation);
		liaison.bindTo(new UnitBinding(new UnitId(7), LiaisonPosition.BACKUP));
		assertThat(liaison.sessionGeneration()).as("another position").isEqualTo(generation + 1);
		liaison.bindTo(new UnitBinding(new UnitId(8), LiaisonPosition.BACKUP));
		assertThat(liaison.sessionGeneration()).as("another unit").isEqualTo(generation + 2);
		liaison.changeRole(Role.LEADER, null);
		assertThat(liaison.sessionGeneration()).as("another role").isEqualTo(generation + 3);
		liaison.moveTo(new RegionId(2));
		assertThat(liaison.sessionGeneration()).as("another region").isEqualTo(generation + 4);
		liaison.resetPassword("temp", MONDAY);
		assertThat(liaison.sessionGeneration()).as("a reset").isEqualTo(generation + 5);
		liaison.changePassword("h1", MONDAY);
		assertThat(liaison.sessionGeneration()).as("the user's own change").isEqualTo(generation + 6);
		liaison.disable();
		liaison.disable();
		assertThat(liaison.sessionGeneration()).as("disabled once").isEqualTo(generation + 7);
		liaison.enable();
		assertThat(liaison.sessionGeneration()).isEqualTo(generation + 7);
	}

	@Test
	void noAdministratorAccountIsAdministeredAndNoAdministratorRoleGivenInTheApplication() {
		for (Role role : Role.values()) {
			Account account = Account.open("a", "甲", role, KUNQU,
					(role == Role.LIAISON) ? new UnitBinding(new UnitId(7), LiaisonPosition.PRIMARY) : null,
					Credentials.temporary("h", MONDAY));
			assertThat(SeparationOfDuties.mayAdminister(account)).as(role.name()).isEqualTo(!role.isAdministrator());
			assertThat(SeparationOfDuties.mayGrant(role)).as(role.name()).isEqualTo(!role.isAdministrator());
		}
	}

}
