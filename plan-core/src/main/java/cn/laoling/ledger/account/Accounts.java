package cn.laoling.ledger.account;

import java.util.Optional;

/** Port: where accounts are kept. */
public interface Accounts {

	Optional<Account> findByUsername(String username);

	boolean anyDemoAccount();

	Account save(Account account);

}
