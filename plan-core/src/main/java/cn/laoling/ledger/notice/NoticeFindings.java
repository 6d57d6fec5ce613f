package cn.laoling.ledger.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.Assessment;
import cn.laoling.ledger.report.Completeness;
import cn.laoling.ledger.report.Completeness.UnitCount;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.PeriodStanding;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.report.TargetProgress;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;

/**
 * What a notice of a plan's period finds: the figures of 一、总体情况 and of the attachment,
 * the units whose reports came late or not at all, and the units that may be praised
 * (every report on time, no task they lead lagging).
 */
public record NoticeFindings(NoticeFigures figures, List<UnitId> late, List<UnitId> missing, List<UnitId> praised) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** How the notice writes what it cannot compute itself. */
	public interface Wording {

		String target(Target target);

		/** A target's share of a year (年度分解), written as that year's. */
		default String target(Target target, int year) {
			return target(target);
		}

		String deadline(Task task);

		String unitNames(List<UnitId> units);

	}

	/**
	 * @param tasks the plan's tasks, in the order the plan lists them
	 * @param latest each task's latest accepted consolidated report up to the period
	 * @param periodReports every report of the period, for who reported on time
	 * @param day the day the tasks are judged on: the period's last day, or today while
	 * it runs
	 */
	public static NoticeFindings of(List<Task> tasks, Map<TaskId, Report> latest, ReportingPeriod period,
			List<Report> periodReports, Function<UnitId, Optional<Unit>> units, PlanPeriod plan, LocalDate day,
			ZoneId zone, LightRules rules, Wording wording) {
		List<PeriodStanding> standings = new ArrayList<>();
		List<TargetLine> targetLines = new ArrayList<>();
		List<TaskLine> taskLines = new ArrayList<>();
		Set<UnitId> leadingLaggards = new HashSet<>();
		for (Task task : tasks) {
			Report report = latest.get(task.id());
			PeriodStanding standing = PeriodStanding.of(task, report, period.id(), plan, day, rules);
			standings.add(standing);
			TaskLine line = new TaskLine(task.number().value(), task.text(), wording.unitNames(task.leadUnits()),
					wording.deadline(task), standing.light(), standing.standing(),
					(report == null) ? null : report.content().progress(), standing.reported(), standing.overdue());
			taskLines.add(line);
			if (line.isLagging()) {
				leadingLaggards.addAll(task.leadUnits());
			}
			targetLines.addAll(targetLines(task, report, plan, day, rules, wording));
		}
		StandingCounts counts = StandingCounts.of(standings);
		List<UnitId> lateUnits = new ArrayList<>();
		List<UnitId> missingUnits = new ArrayList<>();
		List<UnitId> praised = new ArrayList<>();
		for (UnitCount count : Completeness.of(tasks, units, periodReports, period.dueDate(), zone)) {
			if (count.missing() > 0) {
				missingUnits.add(count.unit());
			}
			else if (count.late() > 0) {
				lateUnits.add(count.unit());
			}
			else if (!leadingLaggards.contains(count.unit())) {
				praised.add(count.unit());
			}
		}
		return new NoticeFindings(new NoticeFigures(counts, targetLines, taskLines), lateUnits, missingUnits, praised);
	}

	private static List<TargetLine> targetLines(Task task, Report report, PlanPeriod plan, LocalDate day,
			LightRules rules, Wording wording) {
		List<TargetLine> lines = new ArrayList<>();
		for (int i = 0; i < task.targets().size(); i++) {
			TargetYears.Yardstick yardstick = task.yardstick(i, plan, day);
			Target target = yardstick.target();
			BigDecimal goal = target.value().goal();
			BigDecimal cumulative = (report == null) ? null : report.content().figure(i).amount();
			BigDecimal actual = yardstick.counted(cumulative);
			TargetProgress progress = (actual == null) ? null : TargetProgress.of(yardstick, cumulative, day, rules);
			BigDecimal expected = (progress != null) ? progress.expected()
					: TargetProgress.of(target, BigDecimal.ZERO, yardstick.window(), yardstick.due(), day, rules)
						.expected();
			BigDecimal rate = (actual == null || goal.signum() == 0) ? null
					: actual.multiply(HUNDRED).divide(goal, 1, RoundingMode.HALF_UP);
			String written = (yardstick.year() == null) ? wording.target(target)
					: wording.target(target, yardstick.year());
			lines.add(new TargetLine(task.number().value(), written, target.measure().symbol(), goal,
					expected.setScale(2, RoundingMode.HALF_UP), actual, rate,
					(progress == null) ? null : progress.standing()));
		}
		return lines;
	}

}
