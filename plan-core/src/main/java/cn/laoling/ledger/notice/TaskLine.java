package cn.laoling.ledger.notice;

import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Standing;

/**
 * A row of the attachment (附件): one task's progress as of the notice.
 *
 * @param leadUnits the lead units' names, joined
 * @param deadline the deadline as written, with its extension if any
 * @param standing 本期进度, by {@link cn.laoling.ledger.report.PeriodStanding}: 未报送 when the
 * period's report was not accepted
 * @param progress the latest accepted report's account, of this period or an earlier one;
 * {@code null} when none
 * @param reported whether the period's report was accepted
 */
public record TaskLine(String taskNumber, String text, String leadUnits, String deadline, Light light,
		Standing standing, String progress, boolean reported, boolean overdue) {

	/** Lagging: behind 序时, red, or overdue. */
	public boolean isLagging() {
		return this.overdue || this.light == Light.RED || this.standing == Standing.BEHIND;
	}

}
