package cn.laoling.ledger.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.unit.Groups;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;

/**
 * 报送责任: a report a unit owes on a task in every period. The task's first lead unit owes
 * the consolidated report; every other unit it names, directly or as a member of a named
 * group, owes its part. A unit owes one report per task, however often the task names it
 * (the same rule as {@link ReportingRole}, which answers for one unit). A done task owes
 * nothing more.
 */
public record ReportDuty(TaskId task, UnitId unit, ReportKind kind) {

	/**
	 * The task's duties, the lead units' first, in the order the task names its units.
	 * @param units the units the task names, groups with their members
	 */
	public static List<ReportDuty> of(Task task, Function<UnitId, Optional<Unit>> units) {
		if (task.isDone()) {
			return List.of();
		}
		UnitId consolidating = consolidating(task);
		return Groups.expandAll(named(task), units)
			.stream()
			.map((unit) -> new ReportDuty(task.id(), unit,
					unit.equals(consolidating) ? ReportKind.CONSOLIDATED : ReportKind.PART))
			.toList();
	}

	/**
	 * The units that report their part of the task, done or not: every unit it names but
	 * the consolidating one, a group by its members, in the order the task names them.
	 * They are the units a target can be split among
	 * ({@link cn.laoling.ledger.plan.TargetSplit}).
	 * @param units the units the task names, groups with their members
	 */
	public static List<UnitId> sharing(Task task, Function<UnitId, Optional<Unit>> units) {
		UnitId consolidating = consolidating(task);
		return Groups.expandAll(named(task), units).stream().filter((unit) -> !unit.equals(consolidating)).toList();
	}

	private static List<UnitId> named(Task task) {
		List<UnitId> named = new ArrayList<>(task.leadUnits());
		named.addAll(task.responsibleUnits());
		return named;
	}

	/**
	 * The unit that consolidates the task: its first lead unit (the same as
	 * {@link ReportingRole}).
	 */
	private static UnitId consolidating(Task task) {
		return task.leadUnits().isEmpty() ? null : task.leadUnits().get(0);
	}

	/**
	 * The parts still owed on the task among a period's reports: every unit but the
	 * consolidating one that has not submitted its part (the units the lead unit may
	 * chase, 催报), in the order the task names them.
	 * @param units the units the task names, groups with their members
	 */
	public static List<ReportDuty> partsMissing(Task task, Function<UnitId, Optional<Unit>> units,
			Collection<Report> reports) {
		return of(task, units).stream()
			.filter((duty) -> duty.kind() == ReportKind.PART && duty.submittedIn(reports).isEmpty())
			.toList();
	}

	/**
	 * The report that meets this duty among a period's reports: submitted or accepted (a
	 * returned report is not, until it is sent again).
	 */
	public Optional<Report> submittedIn(Collection<Report> reports) {
		return reports.stream()
			.filter((r) -> r.taskId().equals(this.task) && r.unitId().equals(this.unit) && r.kind() == this.kind)
			.filter((r) -> r.state() == ReportState.SUBMITTED || r.state() == ReportState.ACCEPTED)
			.findFirst();
	}

}
