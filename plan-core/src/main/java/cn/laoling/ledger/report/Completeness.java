package cn.laoling.ledger.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;

/**
 * 报送情况: for every unit, how many reports it owes in a period and how many it submitted on
 * time, late, or not at all. A unit owes the consolidated report of each task whose first
 * lead unit it is, and its part of every other task that names it, a group standing for
 * each of its members ({@link ReportDuty}). A returned report is not submitted until it
 * is sent again.
 */
public final class Completeness {

	private Completeness() {
	}

	public record UnitCount(UnitId unit, int due, int onTime, int late, int missing) {
	}

	/** How a unit met a report it owed in a period. */
	public enum Outcome {

		ON_TIME, LATE, MISSING

	}

	/** A report a unit owes on a task in a period, and how it was met. */
	public record Owed(UnitId unit, Outcome outcome) {
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
			for (Owed owed : owed(task, units, reports, dueDate, zone)) {
				int[] count = counts.computeIfAbsent(owed.unit(), (u) -> new int[4]);
				count[0]++;
				count[owed.outcome().ordinal() + 1]++;
			}
		}
		List<UnitCount> result = new ArrayList<>();
		counts.forEach((unit, c) -> result.add(new UnitCount(unit, c[0], c[1], c[2], c[3])));
		return result;
	}

	/** The reports owed on one task in the period, the lead units' first. */
	public static List<Owed> owed(Task task, Function<UnitId, Optional<Unit>> units, List<Report> reports,
			LocalDate dueDate, ZoneId zone) {
		return ReportDuty.of(task, units)
			.stream()
			.map((duty) -> new Owed(duty.unit(),
					duty.submittedIn(reports)
						.map((r) -> r.submittedAt().atZone(zone).toLocalDate().isAfter(dueDate) ? Outcome.LATE
								: Outcome.ON_TIME)
						.orElse(Outcome.MISSING)))
			.toList();
	}

}
