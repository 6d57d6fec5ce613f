package cn.laoling.ledger.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do. An account holds exactly one role, so nobody holds two of the
 * three administrator roles (三员分立), and no administrator writes business data.
 */
public enum Role {

	/** 老龄办: keeps the ledger of its region. */
	OFFICE,

	/** 联络员: reports for one unit and sees only that unit's work. */
	LIAISON,

	/** 领导: reads everything of the region, changes nothing. */
	LEADER,

	/** 系统管理员: accounts, liaison bindings and regions. */
	SYSTEM_ADMIN,

	/** 安全管理员: roles, unlocking accounts and resetting passwords. */
	SECURITY_ADMIN,

	/** 审计管理员: reads, exports and verifies the audit log, nothing else. */
	AUDIT_ADMIN;

	private static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	public boolean isAdministrator() {
		return ADMINISTRATORS.contains(this);
	}

	/**
	 * The roles given in the application; administrator roles come only from the operator
	 * ({@link SeparationOfDuties}).
	 */
	public static Set<Role> business() {
		return EnumSet.of(OFFICE, LIAISON, LEADER);
	}

}
