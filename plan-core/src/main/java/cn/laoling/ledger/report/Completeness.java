package cn.laoling.ledger.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitKind;

/**
 * 报送情况: for every unit, how many reports it owes in a period and how many it submitted on
 * time, late, or not at all. A unit owes the consolidated report of each task whose first
 * lead unit it is, and its part of every other task that names it, a group standing for
 * each of its members. A returned report is not submitted until it is sent again.
 */
public final class Completeness {

	private Completeness() {
	}

	public record UnitCount(UnitId unit, int due, int onTime, int late, int missing) {
	}

	/**
	 * @param units the units the tasks name, groups with their members
	 * @param reports the period's reports
	 * @param zone where the due date is a day
	 */
	public static List<UnitCount> of(List<Task> tasks, Function<UnitId, Optional<Unit>> units, List<Report> reports,
			LocalDate dueDate, ZoneId zone) {
		Map<UnitId, int[]> counts = new LinkedHashMap<>();
		for (Task task : tasks) {
			List<UnitId> named = new ArrayList<>(task.leadUnits());
			named.addAll(task.responsibleUnits());
			for (int i = 0; i < named.size(); i++) {
				boolean consolidates = i == 0;
				for (UnitId unit : expanded(named.get(i), units)) {
					ReportKind kind = (consolidates && unit.equals(named.get(0))) ? ReportKind.CONSOLIDATED
							: ReportKind.PART;
					int[] count = counts.computeIfAbsent(unit, (u) -> new int[4]);
					count[0]++;
					count[outcome(task.id(), unit, kind, reports, dueDate, zone)]++;
				}
			}
		}
		List<UnitCount> result = new ArrayList<>();
		counts.forEach((unit, c) -> result.add(new UnitCount(unit, c[0], c[1], c[2], c[3])));
		return result;
	}

	private static List<UnitId> expanded(UnitId unit, Function<UnitId, Optional<Unit>> units) {
		return units.apply(unit)
			.filter((u) -> u.kind() == UnitKind.GROUP)
			.map((u) -> u.members().stream().sorted(Comparator.comparingLong(UnitId::value)).toList())
			.orElse(List.of(unit));
	}

	/** 1 on time, 2 late, 3 missing. */
	private static int outcome(TaskId task, UnitId unit, ReportKind kind, List<Report> reports, LocalDate dueDate,
			ZoneId zone) {
		return reports.stream()
			.filter((r) -> r.taskId().equals(task) && r.unitId().equals(unit) && r.kind() == kind)
			.filter((r) -> r.state() == ReportState.SUBMITTED || r.state() == ReportState.ACCEPTED)
			.findFirst()
			.map((r) -> r.submittedAt().atZone(zone).toLocalDate().isAfter(dueDate) ? 2 : 1)
			.orElse(3);
	}

}
