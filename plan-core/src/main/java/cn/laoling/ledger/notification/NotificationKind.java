package cn.laoling.ledger.notification;

/** What a notification tells a unit about. */
public enum NotificationKind {

	/** An automatic reminder (提醒, 催办). */
	REMINDER,

	/** The office's 专项工作提示. */
	PROMPT

}
