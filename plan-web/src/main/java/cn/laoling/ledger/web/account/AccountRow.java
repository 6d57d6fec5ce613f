package cn.laoling.ledger.web.account;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;

/**
 * One line of the account list.
 *
 * @param administered whether an administrator may act on the account (not on an
 * administrator's: 三员分立)
 */
public record AccountRow(long id, String username, String displayName, Role role, String regionName, String unitName,
		LiaisonPosition position, boolean enabled, boolean locked, boolean passwordChangeDue, boolean demo,
		boolean administered, long version) {

}
