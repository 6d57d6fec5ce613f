package cn.laoling.ledger.plan;

/** Where a plan is in its life. */
public enum PlanStatus {

	/** Being prepared or imported; not yet binding on units. */
	DRAFT,

	/** Issued and being carried out: units report on its tasks. */
	IN_FORCE,

	/** Its period is over and its ledger is kept for the record. */
	CLOSED

}
