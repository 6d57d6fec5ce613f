package cn.laoling.ledger.report;

import java.time.LocalDate;

import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskStatus;

/**
 * 本期进度: where a task stands in a reporting period on a day — the one rule by which the
 * notice, the overview and the ledger count tasks. A task reported complete, or closed
 * (销号), is 已完成. Any other task without an accepted report for the period is 未报送: grey
 * (red once past its due date, as every overdue task), and never 超, 达 or 欠进度, whatever
 * earlier quarters said. A task reported in the period is judged against 序时 by that
 * report; past its due date it is 欠进度 and red. Overdue is told besides, whatever the
 * standing.
 *
 * @param standing exactly one of 已完成, 超进度, 达进度, 欠进度, 未报送
 * @param assessment the latest accepted report against 序时 (by the task's own status when
 * there is none)
 * @param reported whether a report for the period was accepted
 * @param overdue past its due date (with any extension) and not done
 */
public record PeriodStanding(Standing standing, Light light, Assessment assessment, boolean reported, boolean done,
		boolean overdue) implements StandingCounts.Counted {

	/**
	 * @param latest the task's latest accepted consolidated report up to the period, or
	 * {@code null}
	 * @param period the period judged: a notice's, or the one the plan is in on the day;
	 * {@code null} when the plan has none yet
	 */
	public static PeriodStanding of(Task task, Report latest, ReportingPeriodId period, PlanPeriod plan, LocalDate day,
			LightRules rules) {
		Assessment assessment = Assessment.of(task, latest, plan, day, rules);
		TaskStatus reportedStatus = (latest == null) ? task.status() : latest.content().status();
		boolean done = task.isDone() || reportedStatus == TaskStatus.COMPLETED;
		boolean reported = latest != null && period != null && latest.periodId().equals(period);
		boolean overdue = !done && task.dueDeadline().isOverdueOn(day);
		if (done) {
			return new PeriodStanding(Standing.COMPLETED, task.isClosedOut() ? Light.COMPLETED : Light.GREEN,
					assessment, reported, true, false);
		}
		if (!reported) {
			return new PeriodStanding(Standing.UNREPORTED, overdue ? Light.RED : Light.GREY, assessment, false, false,
					overdue);
		}
		Standing standing = overdue ? Standing.BEHIND : assessment.standing();
		return new PeriodStanding(standing, assessment.light(), assessment, true, false, overdue);
	}

	/** 欠进度, or overdue and reported: what a notice lists among the lagging. */
	public boolean isBehind() {
		return this.standing == Standing.BEHIND;
	}

}
