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

	/**
	 * @param units the units the tasks name, groups with their members
	 * @param reports the period's reports
	 * @param zone where the due date is a day
	 */
	public static List<UnitCount> of(List<Task> tasks, Function<UnitId, Optional<Unit>> units, List<Report> reports,
			LocalDate dueDate, ZoneId zone) {
		Map<UnitId, int[]> counts = new LinkedHashMap<>();
		for (Task task : tasks) {
			for (ReportDuty duty : ReportDuty.of(task, units)) {
				int[] count = counts.computeIfAbsent(duty.unit(), (u) -> new int[4]);
				count[0]++;
				count[outcome(duty, reports, dueDate, zone)]++;
			}
		}
		List<UnitCount> result = new ArrayList<>();
		counts.forEach((unit, c) -> result.add(new UnitCount(unit, c[0], c[1], c[2], c[3])));
		return result;
	}

	/** 1 on time, 2 late, 3 missing. */
	private static int outcome(ReportDuty duty, List<Report> reports, LocalDate dueDate, ZoneId zone) {
		return duty.submittedIn(reports)
			.map((r) -> r.submittedAt().atZone(zone).toLocalDate().isAfter(dueDate) ? 2 : 1)
			.orElse(3);
	}

}
