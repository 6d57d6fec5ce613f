package cn.laoling.ledger.overview;

import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.report.TargetProgress;

/**
 * A task as the overview counts it on a day.
 *
 * @param section the heading of the task's section, {@code ""} when it has none
 * @param standing against 序时 by its latest accepted report; {@code null} when never
 * reported
 * @param done reported complete or closed (销号)
 * @param overdue past its due date (with any extension) and not done
 * @param targets each reported target against 序时
 * @param lastReported the day its latest accepted report was submitted, or {@code null}
 */
public record TaskState(Task task, String planTitle, String section, Light light, Standing standing, boolean done,
		boolean overdue, List<TargetProgress> targets, LocalDate lastReported) {

	public TaskState {
		targets = List.copyOf(targets);
	}

	/** Behind 序时 (or overdue) and not done. */
	public boolean isBehind() {
		return !this.done && (this.overdue || this.standing == Standing.BEHIND);
	}

	/** Red, or overdue: the tasks a leader must hear about. */
	public boolean isAlarming() {
		return this.light == Light.RED || this.overdue;
	}

}
