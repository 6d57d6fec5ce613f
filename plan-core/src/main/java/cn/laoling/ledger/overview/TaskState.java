package cn.laoling.ledger.overview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.Assessment;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.Standing;

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
public record TaskState(TaskBrief task, String planTitle, String section, Light light, Standing standing, boolean done,
		boolean overdue, List<TargetMark> targets, LocalDate lastReported) {

	public TaskState {
		targets = List.copyOf(targets);
	}

	/**
	 * The task of the plan judged on the day by its latest accepted report ({@code null}
	 * when it has none). A task reported complete is green until the office closes it.
	 * @param zone where a report's submission is a day
	 */
	public static TaskState judge(Plan plan, Task task, Report report, LocalDate day, LightRules rules, ZoneId zone) {
		Assessment assessment = Assessment.of(task, report, plan.period(), day, rules);
		TaskStatus reported = (report == null) ? task.status() : report.content().status();
		boolean done = task.isClosedOut() || reported == TaskStatus.COMPLETED || task.status() == TaskStatus.COMPLETED;
		boolean overdue = !done && task.dueDeadline().isOverdueOn(day);
		String section = Optional.ofNullable(task.content().sectionId())
			.flatMap(plan::section)
			.map(Section::heading)
			.orElse("");
		return new TaskState(TaskBrief.of(task), plan.title(), section,
				(done && !task.isClosedOut()) ? Light.GREEN : assessment.light(),
				(report == null && !done) ? null : assessment.standing(), done, overdue,
				assessment.targets().stream().map(TargetMark::of).toList(),
				(report == null || report.submittedAt() == null) ? null
						: report.submittedAt().atZone(zone).toLocalDate());
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
