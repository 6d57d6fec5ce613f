package cn.laoling.ledger.report;

/** Whether a reporting period still takes reports. */
public enum PeriodState {

	/** 填报中 */
	OPEN,

	/** 已锁定: no more changes, unless the office reopens it. */
	CLOSED

}
