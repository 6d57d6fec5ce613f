package cn.laoling.ledger.plan;

/** Where a plan is in its life. */
public enum PlanStatus {

	/**
	 * Being prepared or imported; not yet binding on units, and seen only by the office
	 * that keeps it.
	 */
	DRAFT,

	/** Issued and being carried out: units report on its tasks. */
	IN_FORCE,

	/** Its period is over and its ledger is kept for the record. */
	CLOSED,

	/**
	 * 作废: put in force by mistake and withdrawn after units had worked on it; kept with
	 * its history, worked on no more.
	 */
	VOID;

	/** Whether units and leaders see the plan: every plan once issued, never a draft. */
	public boolean isIssued() {
		return this != DRAFT;
	}

	/**
	 * Whether it binds the units it names, now or for the record: in force or closed, not
	 * a draft and not void.
	 */
	public boolean isBinding() {
		return this == IN_FORCE || this == CLOSED;
	}

	/**
	 * Whether its tasks are being worked on: reported on, reminded of, reviewed and
	 * counted in the overview.
	 */
	public boolean isWorkedOn() {
		return this == IN_FORCE;
	}

}
