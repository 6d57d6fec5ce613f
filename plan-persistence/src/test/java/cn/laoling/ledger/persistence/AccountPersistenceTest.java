package cn.laoling.ledger.persistence;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountName;
import cn.laoling.ledger.account.AccountNames;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.LoginFailures;
import cn.laoling.ledger.account.LoginThrottle;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.account.UnitBinding;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PersistenceTest
class AccountPersistenceTest {

	private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountNames names;

	@Autowired
	LoginThrottle throttle;

	private Account liaison(Region region, Unit unit, LiaisonPosition position) {
		return Account.open(Fixtures.unique("li"), "联络员", Role.LIAISON, region.id(),
				new UnitBinding(unit.id(), position), Credentials.temporary("{noop}t", AT));
	}

	@Test
	void namesOfAccountsComeWithTheirRegionAndALiaisonsUnitInOneAnswer() {
		Region region = Fixtures.region(this.regions);
		Unit unit = Fixtures.department(this.units, region, "区卫健委");
		Account liaison = this.accounts.save(liaison(region, unit, LiaisonPosition.PRIMARY));
		Account office = this.accounts.save(Account.open(Fixtures.unique("of"), "王敏", Role.OFFICE, region.id(), null,
				Credentials.temporary("{noop}t", AT)));

		assertThat(this.names.of(List.of(liaison.username(), office.username(), "no-such-account")))
			.containsExactlyInAnyOrder(
					new AccountName(liaison.username(), "联络员", Role.LIAISON, region.name(), unit.name().value()),
					new AccountName(office.username(), "王敏", Role.OFFICE, region.name(), null));
		assertThat(this.names.of(List.of())).isEmpty();
	}

	@Test
	void passwordHistoryLockoutAndBindingSurviveTheRoundTrip() {
		Region region = Fixtures.region(this.regions);
		Unit unit = Fixtures.department(this.units, region, "区卫健委");
		Account account = this.accounts.save(liaison(region, unit, LiaisonPosition.PRIMARY));
		account.changePassword("{noop}a", AT.plusSeconds(1));
		account.changePassword("{noop}b", AT.plusSeconds(2));
		Account saved = this.accounts.save(account);
		for (int i = 0; i < LoginFailures.LIMIT; i++) {
			this.throttle.attempt(saved.id(), AT);
		}

		Account found = this.accounts.findByUsername(saved.username()).orElseThrow();
		assertThat(found.credentials().recentHashes()).containsExactly("{noop}b", "{noop}a", "{noop}t");
		assertThat(found.credentials().changedAt()).isEqualTo(AT.plusSeconds(2));
		assertThat(found.passwordChangeDueAt(AT.plusSeconds(3))).isFalse();
		assertThat(found.lockedAt(AT.plusSeconds(60))).isTrue();
		assertThat(found.binding()).contains(new UnitBinding(unit.id(), LiaisonPosition.PRIMARY));
		assertThat(this.accounts.liaisonOf(unit.id(), LiaisonPosition.PRIMARY)).get()
			.extracting(Account::username)
			.isEqualTo(saved.username());
	}

	@Test
	void aUnitHasOneEnabledPrimaryLiaisonAndADisabledOneLeavesRoomForTheNext() {
		Region region = Fixtures.region(this.regions);
		Unit unit = Fixtures.department(this.units, region, "区民政局");
		Account first = this.accounts.save(liaison(region, unit, LiaisonPosition.PRIMARY));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.accounts.save(liaison(region, unit, LiaisonPosition.PRIMARY)));

		first.disable();
		this.accounts.save(first);
		Account next = this.accounts.save(liaison(region, unit, LiaisonPosition.PRIMARY));
		assertThat(this.accounts.liaisonOf(unit.id(), LiaisonPosition.PRIMARY)).get()
			.extracting(Account::id)
			.isEqualTo(next.id());
	}

	@Test
	void aStaleAccountEditIsRefused() {
		Region region = Fixtures.region(this.regions);
		Account account = this.accounts.save(Account.open(Fixtures.unique("o"), "老龄办", Role.OFFICE, region.id(), null,
				Credentials.temporary("{noop}t", AT)));
		Account other = this.accounts.findById(account.id()).orElseThrow();
		account.rename("老龄办甲");
		this.accounts.save(account);
		other.rename("老龄办乙");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.accounts.save(other));
	}

}
