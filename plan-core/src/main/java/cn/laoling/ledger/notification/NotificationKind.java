package cn.laoling.ledger.notification;

/** What a notification tells its receiver about. */
public enum NotificationKind {

	/** An automatic reminder (提醒, 催办). */
	REMINDER,

	/** The office's 专项工作提示. */
	PROMPT,

	/**
	 * A report handed on: a part to the lead unit, a consolidated report to the office, a
	 * report returned (with the office's comment) or accepted.
	 */
	REPORT,

	/** 催报: the lead unit asks a responsible unit for its part of the period. */
	CHASE,

	/** A 延期申请 asked for, granted or refused. */
	EXTENSION,

	/** A 进度通报 sent for sign-off, signed off, sent back or published. */
	NOTICE,

	/** A unit's share of a task's target (指标分解) given, changed or taken back. */
	QUOTA

}
