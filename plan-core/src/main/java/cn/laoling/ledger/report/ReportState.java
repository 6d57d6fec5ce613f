package cn.laoling.ledger.report;

/** Where a report is in its review. */
public enum ReportState {

	/** 草稿 */
	DRAFT,

	/** 已提交 */
	SUBMITTED,

	/** 已退回: sent back with a comment, to be corrected and submitted again. */
	RETURNED,

	/** 已审核 */
	ACCEPTED

}
