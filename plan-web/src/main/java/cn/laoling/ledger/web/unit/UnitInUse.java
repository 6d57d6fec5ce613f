package cn.laoling.ledger.web.unit;

import cn.laoling.ledger.unit.UnitReferences;

/** A unit was not deleted: records still refer to it. */
class UnitInUse extends RuntimeException {

	private final String unit;

	private final transient UnitReferences references;

	UnitInUse(String unit, UnitReferences references) {
		super("unit " + unit + " is still referred to: " + references.counts());
		this.unit = unit;
		this.references = references;
	}

	String unit() {
		return this.unit;
	}

	UnitReferences references() {
		return this.references;
	}

}
