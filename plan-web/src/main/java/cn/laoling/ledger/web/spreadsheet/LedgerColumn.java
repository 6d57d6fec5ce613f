package cn.laoling.ledger.web.spreadsheet;

/**
 * The columns of the 任务分工台账, in their order, with their width in characters of the
 * sheet's font.
 */
public enum LedgerColumn {

	NUMBER(6), TASK(42), TARGETS(24), LEAD_UNITS(14), RESPONSIBLE_UNITS(20), DEADLINE(13), PROGRESS(30), COMPLETION(11),
	ON_SCHEDULE(8), PROBLEMS(20), NEXT_STEPS(20), STATUS(9);

	private final int width;

	LedgerColumn(int width) {
		this.width = width;
	}

	public int width() {
		return this.width;
	}

	/** Columns whose short text reads best centred. */
	public boolean centred() {
		return this == NUMBER || this == DEADLINE || this == COMPLETION || this == ON_SCHEDULE || this == STATUS;
	}

}
