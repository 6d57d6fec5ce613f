package cn.laoling.ledger.persistence.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.LoginFailures;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.account.UnitBinding;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

@Repository
@Transactional(readOnly = true)
class JpaAccounts implements Accounts {

	private final AccountRepository repository;

	private final JdbcTemplate jdbc;

	JpaAccounts(AccountRepository repository, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Account> findById(AccountId id) {
		return this.repository.findById(id.value()).map(JpaAccounts::toDomain);
	}

	@Override
	public Optional<Account> findByUsername(String username) {
		return this.repository.findByUsername(username).map(JpaAccounts::toDomain);
	}

	@Override
	public List<Account> findAllIn(Collection<RegionId> regions) {
		return this.repository.findByRegionIdInOrderByUsername(regions.stream().map(RegionId::value).toList())
			.stream()
			.map(JpaAccounts::toDomain)
			.toList();
	}

	@Override
	public Optional<Account> liaisonOf(UnitId unit, LiaisonPosition position) {
		return this.repository.findByUnitIdAndLiaisonPositionAndEnabledTrue(unit.value(), position)
			.map(JpaAccounts::toDomain);
	}

	@Override
	public List<Account> boundTo(UnitId unit) {
		return this.repository.findByUnitIdOrderByUsername(unit.value()).stream().map(JpaAccounts::toDomain).toList();
	}

	/**
	 * Read on every request of a logged-in session: one column by primary key, without a
	 * transaction of its own.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public OptionalLong sessionGenerationOf(AccountId id) {
		return this.jdbc
			.query("select session_generation from account where id = ?", (rs, row) -> rs.getLong(1), id.value())
			.stream()
			.mapToLong(Long::longValue)
			.findFirst();
	}

	@Override
	public List<Account> enabledWithRole(Role role) {
		return this.repository.findByRoleAndEnabledTrueOrderByUsername(role)
			.stream()
			.map(JpaAccounts::toDomain)
			.toList();
	}

	@Override
	public boolean anyDemoAccount() {
		return this.repository.existsByDemoTrue();
	}

	@Override
	public boolean anyAdministrator() {
		return this.repository.existsByRoleIn(List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN));
	}

	@Override
	@Transactional
	public Account save(Account account) {
		AccountEntity entity = (account.id() == null) ? new AccountEntity() : Versions.loadForEdit(this.repository,
				"account", account.id().value(), account.version(), (e) -> e.version);
		entity.username = account.username();
		entity.displayName = account.displayName();
		entity.role = account.role();
		entity.regionId = account.regionId().value();
		entity.unitId = account.unitId().map(UnitId::value).orElse(null);
		entity.liaisonPosition = account.binding().map(UnitBinding::position).orElse(null);
		Credentials credentials = account.credentials();
		entity.passwordHash = credentials.passwordHash();
		entity.passwordChangedAt = credentials.changedAt();
		entity.mustChangePassword = credentials.mustChange();
		if (!entity.previousPasswordHashes.equals(credentials.previousHashes())) {
			entity.previousPasswordHashes.clear();
			entity.previousPasswordHashes.addAll(credentials.previousHashes());
		}
		entity.failedLogins = account.failures().consecutive();
		entity.lockedUntil = account.failures().lockedUntil();
		entity.enabled = account.enabled();
		entity.demo = account.demo();
		entity.email = account.email().orElse(null);
		entity.sessionGeneration = account.sessionGeneration();
		return toDomain(Versions.saveAndFlush(this.repository, entity, "account", entity.id));
	}

	private static Account toDomain(AccountEntity e) {
		UnitBinding binding = (e.unitId != null) ? new UnitBinding(new UnitId(e.unitId), e.liaisonPosition) : null;
		Account account = new Account(new AccountId(e.id), e.username, e.displayName, e.role, new RegionId(e.regionId),
				binding,
				new Credentials(e.passwordHash, e.passwordChangedAt, e.mustChangePassword, e.previousPasswordHashes),
				new LoginFailures(e.failedLogins, e.lockedUntil), e.enabled, e.demo, e.sessionGeneration, e.version);
		account.changeEmail(e.email);
		return account;
	}

}
