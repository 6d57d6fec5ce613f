package cn.laoling.ledger.web.report;

import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;

/**
 * One line of a liaison's 我的待办: a task their unit reports on in the plan's current
 * period, and where that report stands.
 *
 * @param state the report's state, or {@code null} when nothing is written yet (未填报)
 * @param daysToDue days until the due date; negative when past
 * @param quotas the unit's quotas of the task's split targets, written out (老年友好型社区2个)
 */
public record WorkItem(long taskId, String taskNumber, String taskText, long planId, String planTitle, long periodId,
		Quarter period, LocalDate dueDate, long daysToDue, ReportKind kind, ReportState state, List<String> quotas) {

	public WorkItem {
		quotas = List.copyOf(quotas);
	}

	/** Still to be submitted and past its due date. */
	public boolean isOverdue() {
		return this.daysToDue < 0 && !isDone();
	}

	public boolean isDone() {
		return this.state == ReportState.SUBMITTED || this.state == ReportState.ACCEPTED;
	}

	public String getStateKey() {
		return (this.state == null) ? "NONE" : this.state.name();
	}

}
