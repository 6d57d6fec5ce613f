package cn.laoling.ledger.reminder;

import java.time.LocalDate;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * One reminder for one unit: about a task, and for a report reminder about its report for
 * a period.
 *
 * @param task the task it is about, always
 * @param period the reporting period, for a report reminder only ({@code null} otherwise)
 * @param report which report the unit owes, for a report reminder only ({@code null}
 * otherwise)
 * @param due the period's due date for a report reminder, the task's due date (with any
 * extension) for a task reminder
 */
public record ReminderItem(ReminderKind kind, UnitId unit, TaskId task, ReportingPeriodId period, ReportKind report,
		LocalDate due) {

	public ReminderItem {
		Require.present(kind, "kind");
		Require.present(unit, "unit");
		Require.present(task, "task");
		Require.present(due, "due");
		if (kind.isAboutReport()) {
			Require.present(period, "period");
			Require.present(report, "report");
		}
		else if (period != null || report != null) {
			throw new IllegalArgumentException("a " + kind + " reminder names no period or report");
		}
	}

	/**
	 * The reminder's identity: the same every day the reminder is due, so that a sender
	 * that keeps the keys it has sent sends each reminder once. The due date is part of
	 * it: once a task is extended or a period's due date changes, the unit is reminded of
	 * the new date.
	 */
	public String key() {
		String subject = this.kind.isAboutReport()
				? "period=" + this.period.value() + ":task=" + this.task.value() + ":" + this.report
				: "task=" + this.task.value();
		return this.kind + ":" + subject + ":unit=" + this.unit.value() + ":due=" + this.due;
	}

}
