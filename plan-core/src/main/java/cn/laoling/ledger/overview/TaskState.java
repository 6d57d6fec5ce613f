package cn.laoling.ledger.overview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.PeriodStanding;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.report.StandingCounts;

/**
 * A task as the overview counts it on a day, by its {@link PeriodStanding} in the period
 * the plan is in.
 *
 * @param section the heading of the task's section, {@code ""} when it has none
 * @param standing 已完成, 超/达/欠进度 or 未报送 in the period
 * @param done reported complete or closed (销号)
 * @param overdue past its due date (with any extension) and not done
 * @param targets each reported target against 序时
 * @param lastReported the day its latest accepted report was submitted, or {@code null}
 */
public record TaskState(TaskBrief task, String planTitle, String section, Light light, Standing standing, boolean done,
		boolean overdue, List<TargetMark> targets, LocalDate lastReported) implements StandingCounts.Counted {

	public TaskState {
		targets = List.copyOf(targets);
	}

	/**
	 * The task of the plan judged on the day by its latest accepted report ({@code null}
	 * when it has none), in the period the plan is in ({@code null} before it has one).
	 * @param zone where a report's submission is a day
	 */
	public static TaskState judge(Plan plan, Task task, Report report, ReportingPeriodId period, LocalDate day,
			LightRules rules, ZoneId zone) {
		PeriodStanding standing = PeriodStanding.of(task, report, period, plan.period(), day, rules);
		String section = Optional.ofNullable(task.content().sectionId())
			.flatMap(plan::section)
			.map(Section::heading)
			.orElse("");
		return new TaskState(TaskBrief.of(task), plan.title(), section, standing.light(), standing.standing(),
				standing.done(), standing.overdue(),
				standing.assessment().targets().stream().map(TargetMark::of).toList(),
				(report == null || report.submittedAt() == null) ? null
						: report.submittedAt().atZone(zone).toLocalDate());
	}

	/** 欠进度 (overdue when reported): behind 序时 and not done. */
	public boolean isBehind() {
		return this.standing == Standing.BEHIND;
	}

	/** Red, or overdue: the tasks a leader must hear about. */
	public boolean isAlarming() {
		return this.light == Light.RED || this.overdue;
	}

}
