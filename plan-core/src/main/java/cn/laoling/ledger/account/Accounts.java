package cn.laoling.ledger.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

/** Port: where accounts are kept. */
public interface Accounts {

	Optional<Account> findById(AccountId id);

	Optional<Account> findByUsername(String username);

	/** The accounts of these regions, by username. */
	List<Account> findAllIn(Collection<RegionId> regions);

	/** The enabled liaison holding this position for the unit, if any. */
	Optional<Account> liaisonOf(UnitId unit, LiaisonPosition position);

	/** The liaisons bound to the unit, enabled or not. */
	List<Account> boundTo(UnitId unit);

	/**
	 * The account's {@link Account#sessionGeneration()}, read alone (it is checked on
	 * every request of a session); empty for no such account.
	 */
	OptionalLong sessionGenerationOf(AccountId id);

	/** The enabled accounts holding this role, by username. */
	List<Account> enabledWithRole(Role role);

	boolean anyDemoAccount();

	boolean anyAdministrator();

	Account save(Account account);

}
