package cn.laoling.ledger.account;

/** What an account may do. */
public enum Role {

	/** 老龄办: keeps the ledger of its region. */
	OFFICE,

	/** 联络员: reports for one unit and sees that unit's work highlighted. */
	LIAISON,

	/** 领导: reads everything of the region, changes nothing. */
	LEADER,

	/** 系统管理员: accounts and settings; writes no business data. */
	ADMIN

}
