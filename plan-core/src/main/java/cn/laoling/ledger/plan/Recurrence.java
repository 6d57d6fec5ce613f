package cn.laoling.ledger.plan;

/** Whether a target is reached once by its deadline, or again every year or quarter. */
public enum Recurrence {

	ONCE, PER_YEAR, PER_QUARTER

}
