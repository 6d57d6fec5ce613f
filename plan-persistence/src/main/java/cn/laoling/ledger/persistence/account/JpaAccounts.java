package cn.laoling.ledger.persistence.account;

import java.util.Optional;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

@Repository
@Transactional(readOnly = true)
class JpaAccounts implements Accounts {

	private final AccountRepository repository;

	JpaAccounts(AccountRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<Account> findByUsername(String username) {
		return this.repository.findByUsername(username).map(JpaAccounts::toDomain);
	}

	@Override
	public boolean anyDemoAccount() {
		return this.repository.existsByDemoTrue();
	}

	@Override
	@Transactional
	public Account save(Account account) {
		AccountEntity entity = (account.id() == null) ? new AccountEntity() : Versions.loadForEdit(this.repository,
				"account", account.id().value(), account.version(), (e) -> e.version);
		entity.username = account.username();
		entity.displayName = account.displayName();
		entity.passwordHash = account.passwordHash();
		entity.role = account.role();
		entity.regionId = account.regionId().value();
		entity.unitId = account.unitId().map(UnitId::value).orElse(null);
		entity.enabled = account.enabled();
		entity.demo = account.demo();
		return toDomain(Versions.saveAndFlush(this.repository, entity, "account", entity.id));
	}

	private static Account toDomain(AccountEntity e) {
		return new Account(new AccountId(e.id), e.username, e.displayName, e.passwordHash, e.role,
				new RegionId(e.regionId), (e.unitId != null) ? new UnitId(e.unitId) : null, e.enabled, e.demo,
				e.version);
	}

}
