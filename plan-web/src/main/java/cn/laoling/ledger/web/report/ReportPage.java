package cn.laoling.ledger.web.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.web.plan.TaskRow;

/**
 * What the report form shows around the form itself.
 *
 * @param targets each target written out, with whether it is a rate
 * @param parts for the consolidating lead unit: the responsible units' reports
 * @param sums the parts' figures summed where they add up, one per target
 * @param evidence the files kept with the unit's report
 * @param version the report's version, -1 before it is first saved
 * @param missing for the consolidating lead unit: the responsible units that have not
 * submitted their part of the period (催报)
 * @param shares the split targets (指标分解): for the lead unit each quota holder's share,
 * for another unit its own
 */
public record ReportPage(TaskRow task, String planTitle, long periodId, Quarter period, LocalDate dueDate,
		String closed, ReportKind kind, ReportState state, String reviewComment, List<TargetLine> targets,
		List<Part> parts, List<Figure> sums, List<Evidence> evidence, long version, List<Missing> missing,
		List<ShareTable> shares) {

	/**
	 * @param typed whether the unit types this figure: not for a split target it holds no
	 * quota of, nor, for the lead unit, a split target (the quota holders' sum)
	 * @param quota the unit's own quota of a split target, or {@code null}
	 * @param expected what 序时 asks of that quota today, or {@code null}
	 * @param sum for the lead unit, the quota holders' sum of a split target, or
	 * {@code null}
	 */
	public record TargetLine(String text, boolean rate, boolean typed, boolean split, BigDecimal quota,
			BigDecimal expected, BigDecimal sum) {
	}

	public record Part(String unit, ReportState state, String progress, List<Figure> figures) {
	}

	/**
	 * A responsible unit whose part is not submitted.
	 *
	 * @param chasedOn the day it was last chased, or {@code null}
	 */
	public record Missing(long unitId, String unit, LocalDate chasedOn) {
	}

	/**
	 * Whether the unit may still work on the report: the period open, the plan in force.
	 */
	public boolean isOpen() {
		return this.closed == null;
	}

	public boolean isEditable() {
		return isOpen()
				&& (this.state == null || this.state == ReportState.DRAFT || this.state == ReportState.RETURNED);
	}

}
