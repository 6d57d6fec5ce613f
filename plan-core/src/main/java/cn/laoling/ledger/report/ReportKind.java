package cn.laoling.ledger.report;

/** Whose report it is, in the two tiers of reporting. */
public enum ReportKind {

	/** A responsible (配合) unit's part, sent to the lead unit. */
	PART,

	/** The lead unit's report of the whole task, fed by the parts, sent to the office. */
	CONSOLIDATED

}
