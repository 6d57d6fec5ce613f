package cn.laoling.ledger.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.report.TargetProgress;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview of five tasks on 30 June 2026 with known answers: tiles, lights, sections,
 * lead units ranked, targets by measure, deadlines ahead and the red list.
 */
class OverviewTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

	private static final UnitId CIVIL = new UnitId(1);

	private static final UnitId HEALTH = new UnitId(2);

	private final TaskState done = state(1, CIVIL, "一、养老服务", Light.COMPLETED, Standing.COMPLETED, true, false,
			DAY.plusMonths(6));

	private final TaskState onTrack = state(2, HEALTH, "一、养老服务", Light.GREEN, Standing.ON_SCHEDULE, false, false,
			DAY.plusDays(20));

	private final TaskState behind = state(3, HEALTH, "二、健康支撑", Light.YELLOW, Standing.BEHIND, false, false,
			DAY.plusDays(45));

	private final TaskState overdue = state(4, CIVIL, "二、健康支撑", Light.RED, Standing.UNREPORTED, false, true,
			DAY.minusDays(1));

	private final TaskState dueToday = state(5, HEALTH, "二、健康支撑", Light.GREEN, Standing.AHEAD, false, false, DAY);

	@Test
	void tilesCountEachTaskOnceAndTheOverdueAgain() {
		Overview overview = overview();

		assertThat(overview.tiles()).isEqualTo(new StandingCounts(5, 1, 1, 1, 1, 1, 1, 1));
		assertThat(overview.tiles().onOrAhead()).isEqualTo(2);
		assertThat(overview.lights()).containsEntry(Light.GREEN, 2)
			.containsEntry(Light.YELLOW, 1)
			.containsEntry(Light.RED, 1)
			.containsEntry(Light.COMPLETED, 1);
		assertThat(overview.reporting().rate()).isEqualTo(75);
	}

	@Test
	void sectionsAndLeadUnitsAreCountedAndRankedByCompletion() {
		Overview overview = overview();

		assertThat(overview.sections()).containsExactly(new Overview.SectionLine("方案", "一、养老服务", 2, 1, 0, 0, 0),
				new Overview.SectionLine("方案", "二、健康支撑", 3, 0, 1, 1, 1));
		assertThat(overview.leadUnits()).extracting(Overview.UnitLine::unit).containsExactly(CIVIL, HEALTH);
		Overview.UnitLine civil = overview.leadUnits().get(0);
		assertThat(civil.completionRate()).isEqualTo(50);
		assertThat(civil.onTimeRate()).isEqualTo(50);
		assertThat(civil.redTasks()).containsExactly(this.overdue);
		assertThat(overview.leadUnits().get(1).completionRate()).isZero();
	}

	@Test
	void deadlinesAheadAreInTheirWindowTodayIncludedAndTheRedListPutsTheOverdueFirst() {
		Overview overview = overview();

		assertThat(overview.deadlines())
			.extracting((d) -> d.tasks().stream().map((s) -> s.task().number().value()).toList())
			.containsExactly(List.of("5", "2"), List.of("3"), List.of());
		assertThat(overview.alarming()).containsExactly(this.overdue);
	}

	@Test
	void targetsAreGroupedByMeasure() {
		Overview overview = overview();

		assertThat(overview.targets()).containsOnlyKeys("个");
		Overview.TargetBar bar = overview.targets().get("个").get(0);
		assertThat(bar.goal()).isEqualByComparingTo("26");
		assertThat(bar.actual()).isEqualByComparingTo("8");
		assertThat(bar.expected()).isEqualByComparingTo("12.893151");
	}

	private Overview overview() {
		return Overview.of(DAY, List.of(this.done, this.onTrack, this.behind, this.overdue, this.dueToday),
				List.of(new Overview.UnitReporting(CIVIL, 2, 1, 0), new Overview.UnitReporting(HEALTH, 2, 1, 1)));
	}

	private static TaskState state(long id, UnitId lead, String section, Light light, Standing standing, boolean done,
			boolean overdue, LocalDate due) {
		List<Target> targets = (id == 3) ? List.of(Target.atLeast(26, "个", "老年友好型社区")) : List.of();
		Task task = new Task(new TaskId(id), new PlanId(1),
				new TaskContent(new TaskNumber(String.valueOf(id)), (int) id, null, "任务" + id, List.of(lead), List.of(),
						targets, List.of(Deadline.written(due, "时限"))),
				done ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS, 0);
		List<TargetMark> progress = targets.stream()
			.map((t) -> TargetProgress.of(t, BigDecimal.valueOf(8), PlanPeriod.year(2026),
					Deadline.written(LocalDate.of(2026, 12, 31), "年底"), DAY, LightRules.DEFAULT))
			.map(TargetMark::of)
			.toList();
		return new TaskState(TaskBrief.of(task), "方案", section, light, standing, done, overdue, progress, null);
	}

}
