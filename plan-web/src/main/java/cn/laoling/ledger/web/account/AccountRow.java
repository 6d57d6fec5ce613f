package cn.laoling.ledger.web.account;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;

/** One line of the account list. */
public record AccountRow(long id, String username, String displayName, Role role, String regionName, String unitName,
		LiaisonPosition position, boolean enabled, boolean locked, boolean passwordChangeDue, boolean demo,
		long version) {

}
