package cn.laoling.ledger.account;

import java.util.Collection;
import java.util.List;

/**
 * Port: the names of the people behind accounts, read for a whole page at once (a list
 * that names who did what asks once, not once per line).
 */
public interface AccountNames {

	/** The accounts of these usernames that exist, disabled ones included. */
	List<AccountName> of(Collection<String> usernames);

}
