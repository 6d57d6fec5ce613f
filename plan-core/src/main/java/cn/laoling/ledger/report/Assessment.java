package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskStatus;

/**
 * A task judged on a day: each reported target against 序时进度, where the task stands and
 * its traffic light. The furthest-behind target speaks for the task; a task without
 * figures takes its reported status; a task past its last deadline and not done is red; a
 * task the office closed (销号) is completed.
 */
public record Assessment(List<TargetProgress> targets, Standing standing, Light light) {

	public Assessment {
		targets = List.copyOf(targets);
	}

	/**
	 * The task judged on the day by its latest accepted report, or by its own status when
	 * it has none.
	 */
	public static Assessment of(Task task, Report report, PlanPeriod plan, LocalDate day, LightRules rules) {
		List<BigDecimal> actuals = new ArrayList<>();
		for (int i = 0; i < task.targets().size(); i++) {
			actuals.add((report == null) ? null : report.content().figure(i).amount());
		}
		TaskStatus reported = (report == null) ? task.status() : report.content().status();
		return of(task, actuals, reported, task.isClosedOut(), plan, day, rules);
	}

	/**
	 * The task judged on the day by figures and a status, each target by what it is
	 * measured against that day ({@link Task#yardstick}: a target divided by year by the
	 * year's share).
	 * @param actuals the cumulative value reported for each target ({@code null} where
	 * none)
	 */
	public static Assessment of(Task task, List<BigDecimal> actuals, TaskStatus reported, boolean closed,
			PlanPeriod plan, LocalDate day, LightRules rules) {
		List<TargetProgress> measured = new ArrayList<>();
		for (int i = 0; i < task.targets().size(); i++) {
			BigDecimal actual = (i < actuals.size()) ? actuals.get(i) : null;
			if (actual != null) {
				measured.add(TargetProgress.of(task.yardstick(i, plan, day), actual, day, rules));
			}
		}
		return judged(measured, reported, closed, task.dueDeadline(), day, rules);
	}

	/**
	 * @param actuals the cumulative value reported for each target, in the task's order
	 * ({@code null} where none was reported)
	 * @param reported the status the task's latest accepted report gave
	 * @param closed whether the office closed the task (销号)
	 */
	public static Assessment of(List<Target> targets, List<BigDecimal> actuals, TaskStatus reported, boolean closed,
			Deadline due, PlanPeriod plan, LocalDate day, LightRules rules) {
		List<TargetProgress> measured = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			BigDecimal actual = (i < actuals.size()) ? actuals.get(i) : null;
			if (actual != null) {
				measured.add(TargetProgress.of(targets.get(i), actual, plan, due, day, rules));
			}
		}
		return judged(measured, reported, closed, due, day, rules);
	}

	/** The furthest-behind target speaks for the task. */
	private static Assessment judged(List<TargetProgress> measured, TaskStatus reported, boolean closed, Deadline due,
			LocalDate day, LightRules rules) {
		if (closed) {
			return new Assessment(List.of(), Standing.COMPLETED, Light.COMPLETED);
		}
		boolean done = reported == TaskStatus.COMPLETED;
		Standing standing;
		Light light;
		if (measured.isEmpty()) {
			standing = (reported == TaskStatus.LAGGING) ? Standing.BEHIND : Standing.ON_SCHEDULE;
			light = (reported == TaskStatus.LAGGING) ? Light.YELLOW : Light.GREEN;
		}
		else {
			BigDecimal behind = measured.stream()
				.map(TargetProgress::pointsBehind)
				.max(Comparator.naturalOrder())
				.orElseThrow();
			standing = TargetProgress.standing(behind, rules);
			light = (behind.compareTo(BigDecimal.valueOf(rules.redFrom())) > 0) ? Light.RED
					: (behind.compareTo(BigDecimal.valueOf(rules.yellowFrom())) >= 0) ? Light.YELLOW : Light.GREEN;
		}
		if (!done && due.isOverdueOn(day)) {
			light = Light.RED;
		}
		return new Assessment(measured, standing, light);
	}

}
