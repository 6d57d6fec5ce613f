package cn.laoling.ledger.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.unit.UnitId;

/**
 * 总览: where the tasks in view stand on a day — tiles, lights, sections, lead units,
 * targets, deadlines ahead, and the red and overdue tasks.
 *
 * @param reporting this period's reports owed and submitted, of the tasks in view
 */
public record Overview(LocalDate day, StandingCounts tiles, Map<Light, Integer> lights, List<SectionLine> sections,
		List<UnitLine> leadUnits, Map<String, List<TargetBar>> targets, List<Deadlines> deadlines,
		List<TaskState> alarming, Reporting reporting) {

	/** The windows of deadlines ahead, in days. */
	public static final List<Integer> HORIZONS = List.of(30, 60, 90);

	public record Reporting(int due, int submitted) {

		/** Percent submitted, {@code null} when nothing is due. */
		public Integer rate() {
			return (this.due == 0) ? null : Math.round(this.submitted * 100f / this.due);
		}

	}

	/**
	 * A section's tasks, each counted once as completed, behind, unreported or on track.
	 */
	public record SectionLine(String plan, String section, int tasks, int completed, int behind, int unreported,
			int red) {

		/** 达到或超过序时进度. */
		public int onTrack() {
			return this.tasks - this.completed - this.behind - this.unreported;
		}

	}

	/**
	 * A lead unit: the tasks it leads (as first lead unit or co-lead), how many are done
	 * and red, and its reports this period.
	 */
	public record UnitLine(UnitId unit, int led, int completed, int red, int due, int onTime,
			List<TaskState> redTasks) {

		public int completionRate() {
			return (this.led == 0) ? 0 : Math.round(this.completed * 100f / this.led);
		}

		/**
		 * Percent of its reports this period submitted on time, {@code null} when none
		 * due.
		 */
		public Integer onTimeRate() {
			return (this.due == 0) ? null : Math.round(this.onTime * 100f / this.due);
		}

	}

	/** The targets a chart shows of each measure, furthest behind first. */
	public static final int TARGETS_SHOWN = 15;

	/** The tasks a deadline window lists; the rest are counted. */
	public static final int DEADLINES_SHOWN = 10;

	/** The red and overdue tasks listed, overdue first; the rest are counted. */
	public static final int ALARMING_SHOWN = 50;

	/**
	 * Lead units ranked: all of them up to twice this, else this many at the top and the
	 * bottom.
	 */
	public static final int UNITS_SHOWN = 15;

	/** The red tasks named beside a lead unit. */
	public static final int RED_TASKS_SHOWN = 10;

	/** A target beside its 序时 expectation and the latest reported value. */
	public record TargetBar(TaskState task, String counted, BigDecimal goal, BigDecimal expected, BigDecimal actual) {
	}

	/**
	 * The tasks not done that fall due within the horizon (and after the shorter ones).
	 */
	public record Deadlines(int days, List<TaskState> tasks) {
	}

	/** A unit's reports this period, from 报送情况. */
	public record UnitReporting(UnitId unit, int due, int onTime, int late) {
	}

	public static Overview of(LocalDate day, List<TaskState> states, List<UnitReporting> reporting) {
		Map<Light, Integer> lights = new EnumMap<>(Light.class);
		for (Light light : Light.values()) {
			lights.put(light, 0);
		}
		Map<String, int[]> sections = new LinkedHashMap<>();
		Map<UnitId, int[]> led = new LinkedHashMap<>();
		Map<UnitId, List<TaskState>> redOf = new LinkedHashMap<>();
		Map<String, List<TargetBar>> targets = new LinkedHashMap<>();
		List<TaskState> alarming = new ArrayList<>();
		for (TaskState state : states) {
			lights.merge(state.light(), 1, Integer::sum);
			int[] section = sections.computeIfAbsent(state.planTitle() + "\u0000" + state.section(), (k) -> new int[5]);
			section[0]++;
			section[1] += state.done() ? 1 : 0;
			section[2] += state.isBehind() ? 1 : 0;
			section[3] += (state.standing() == Standing.UNREPORTED) ? 1 : 0;
			section[4] += (state.light() == Light.RED) ? 1 : 0;
			for (UnitId unit : state.task().leadUnits()) {
				int[] count = led.computeIfAbsent(unit, (u) -> new int[3]);
				count[0]++;
				count[1] += state.done() ? 1 : 0;
				if (state.isAlarming()) {
					count[2]++;
					redOf.computeIfAbsent(unit, (u) -> new ArrayList<>()).add(state);
				}
			}
			for (TargetMark mark : state.targets()) {
				targets.computeIfAbsent(mark.measure(), (m) -> new ArrayList<>())
					.add(new TargetBar(state, mark.counted(), mark.goal(), mark.expected(), mark.actual()));
			}
			if (state.isAlarming()) {
				alarming.add(state);
			}
		}
		Map<UnitId, UnitReporting> reported = new LinkedHashMap<>();
		reporting.forEach((r) -> reported.put(r.unit(), r));
		List<UnitLine> units = new ArrayList<>();
		led.forEach((unit, c) -> {
			UnitReporting r = reported.getOrDefault(unit, new UnitReporting(unit, 0, 0, 0));
			units.add(new UnitLine(unit, c[0], c[1], c[2], r.due(), r.onTime(), redOf.getOrDefault(unit, List.of())));
		});
		units.sort(Comparator.comparingInt(UnitLine::completionRate)
			.reversed()
			.thenComparing((UnitLine u) -> (u.onTimeRate() == null) ? -1 : u.onTimeRate(), Comparator.reverseOrder())
			.thenComparingInt(UnitLine::red));
		List<SectionLine> sectionLines = new ArrayList<>();
		sections.forEach((key, c) -> {
			String[] parts = key.split("\u0000", -1);
			sectionLines.add(new SectionLine(parts[0], parts[1], c[0], c[1], c[2], c[3], c[4]));
		});
		int due = reporting.stream().mapToInt(UnitReporting::due).sum();
		int submitted = reporting.stream().mapToInt((r) -> r.onTime() + r.late()).sum();
		// furthest behind first: the bars a leader must look at
		targets.values()
			.forEach(
					(bars) -> bars.sort(Comparator
						.comparing((TargetBar b) -> b.goal().signum() == 0 ? BigDecimal.ZERO
								: b.expected().subtract(b.actual()).divide(b.goal(), 6, RoundingMode.HALF_UP))
						.reversed()));
		alarming.sort(Comparator.comparing((TaskState s) -> !s.overdue()).thenComparing((s) -> s.task().due()));
		return new Overview(day, StandingCounts.of(states), lights, sectionLines, units, targets,
				deadlines(day, states), alarming, new Reporting(due, submitted));
	}

	private static List<Deadlines> deadlines(LocalDate day, List<TaskState> states) {
		List<Deadlines> windows = new ArrayList<>();
		int from = 0;
		for (int horizon : HORIZONS) {
			// the first window counts today too
			LocalDate start = (from == 0) ? day.minusDays(1) : day.plusDays(from);
			LocalDate end = day.plusDays(horizon);
			windows.add(new Deadlines(horizon,
					states.stream()
						.filter((s) -> !s.done())
						.filter((s) -> s.task().due().isAfter(start) && !s.task().due().isAfter(end))
						.sorted(Comparator.comparing((TaskState s) -> s.task().due()))
						.toList()));
			from = horizon;
		}
		return windows;
	}

}
