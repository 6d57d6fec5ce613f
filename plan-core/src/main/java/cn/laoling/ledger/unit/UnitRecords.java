package cn.laoling.ledger.unit;

/**
 * Port: the records of other aggregates that name a unit, counted before it is deleted,
 * and those with no aggregate of their own handed over when it is merged into another.
 */
public interface UnitRecords {

	/** Every record that refers to the unit, by kind. */
	UnitReferences referencesTo(UnitId unit);

	/**
	 * The records that name both units and will name the kept one once: tasks naming
	 * both, groups containing both, notices and prompts sent to both.
	 */
	UnitReferences sharedBy(UnitId merged, UnitId kept);

	/**
	 * Hands the merged unit's 延期申请, notice receipts, prompt responses, notifications and
	 * reminder records to the kept unit. Where both units have a receipt of one notice or
	 * a response to one prompt, the kept unit keeps one: acknowledged at the earlier of
	 * the two, and with both answers, the merged unit's after the heading.
	 */
	void handOver(UnitId merged, UnitId kept, String answerHeading);

}
