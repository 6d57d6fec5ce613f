package cn.laoling.ledger.plan;

/** 完成状态 of a task. */
public enum TaskStatus {

	/** 未启动 */
	NOT_STARTED,

	/** 推进中 */
	IN_PROGRESS,

	/** 已完成 */
	COMPLETED,

	/** 滞后 */
	LAGGING

}
