package cn.laoling.ledger.web.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.web.plan.TaskRow;
import cn.laoling.ledger.web.report.ShareTable;

/**
 * A submitted report as the office reviews it: what it says, each figure against its
 * 序时进度, the light it would give the task, the report's history, and for a split target
 * (指标分解) each unit's share of the period.
 */
public record ReviewPage(long reportId, long version, ReportState state, TaskRow task, String planTitle, String unit,
		Quarter period, ReportContent content, List<FigureLine> figures, Light light, List<HistoryLine> history,
		List<Evidence> evidence, List<PartEvidence> partEvidence, List<ShareTable> shares) {

	/** A file of a responsible unit's submitted part of the task. */
	public record PartEvidence(String unit, Evidence file) {
	}

	/**
	 * @param actual the reported value, or {@code null}
	 * @param expected the 序时进度 value for today
	 */
	public record FigureLine(String target, BigDecimal actual, BigDecimal expected, Standing standing) {
	}

	/** A submission or review, at the office's local time. */
	public record HistoryLine(LocalDateTime at, ReportEvent.Kind kind, String actor, String progress, String comment) {
	}

	public boolean isReviewable() {
		return this.state == ReportState.SUBMITTED;
	}

}
