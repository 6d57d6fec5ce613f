package cn.laoling.ledger.account;

/**
 * 三员分立: the system, security and audit administrators are kept apart, so that none of
 * them can make, take over or silence another. In the application no administrator
 * changes, disables, enables, unlocks, resets the password of or changes the role of an
 * administrator's account (another's or their own), and administrator roles are never
 * given there: an administrator is replaced by the operator on the server, outside the
 * application's pages.
 */
public final class SeparationOfDuties {

	private SeparationOfDuties() {
	}

	/** Whether an administrator may act on this account in the application. */
	public static boolean mayAdminister(Account account) {
		return !account.role().isAdministrator();
	}

	/** Whether this role may be given to an account in the application. */
	public static boolean mayGrant(Role role) {
		return Role.business().contains(role);
	}

}
