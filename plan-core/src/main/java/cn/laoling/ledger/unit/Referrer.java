package cn.laoling.ledger.unit;

/**
 * What may refer to a unit, in the order a page lists them: while anything does, the unit
 * cannot be deleted, only merged into another.
 */
public enum Referrer {

	/** Tasks naming it as a lead or responsible unit. */
	TASK,

	/** Groups it is a member of. */
	GROUP,

	/** Its own members, for a group. */
	MEMBER,

	/** Liaison accounts bound to it, enabled or not. */
	LIAISON,

	/** Its reports, of every task and period. */
	REPORT,

	/** Its 延期申请. */
	EXTENSION_REQUEST,

	/** Published notices it is to acknowledge or has acknowledged (签收). */
	NOTICE_RECEIPT,

	/** 专项工作提示 sent to it. */
	PROMPT,

	/** Notifications sent to it. */
	NOTIFICATION,

	/** Reminders recorded as sent to it. */
	REMINDER,

	/** 催报 of its part, by a lead unit. */
	CHASE,

	/** Tasks whose targets give it a quota (指标分解). */
	QUOTA

}
