package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.Instant;
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
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 本期进度 of a 2022 task of 100 示范点 in the third quarter, judged on 30 September (序时 for
 * 100: 74.79): a task without an accepted report for the quarter is 未报送, whatever the
 * second quarter said.
 */
class PeriodStandingTest {

	private static final PlanPeriod YEAR = PlanPeriod.year(2022);

	private static final LocalDate Q3_END = LocalDate.of(2022, 9, 30);

	private static final ReportingPeriodId Q2 = new ReportingPeriodId(2);

	private static final ReportingPeriodId Q3 = new ReportingPeriodId(3);

	private final Task task = task(LocalDate.of(2022, 12, 31), false);

	@Test
	void aTaskReportedFarAheadLastQuarterButNotThisOneIsUnreportedAndGreyNeverGreenOrAhead() {
		PeriodStanding standing = PeriodStanding.of(this.task, accepted(Q2, 90, TaskStatus.IN_PROGRESS), Q3, YEAR,
				Q3_END, LightRules.DEFAULT);

		assertThat(standing.standing()).isEqualTo(Standing.UNREPORTED);
		assertThat(standing.light()).isEqualTo(Light.GREY);
		assertThat(standing.reported()).isFalse();
		assertThat(standing.isBehind()).isFalse();
	}

	@Test
	void aTaskReportedThisQuarterIsJudgedAgainstSchedule() {
		assertThat(PeriodStanding.of(this.task, accepted(Q3, 90, TaskStatus.IN_PROGRESS), Q3, YEAR, Q3_END,
				LightRules.DEFAULT))
			.extracting(PeriodStanding::standing, PeriodStanding::light, PeriodStanding::reported)
			.containsExactly(Standing.AHEAD, Light.GREEN, true);
		assertThat(PeriodStanding.of(this.task, accepted(Q3, 40, TaskStatus.IN_PROGRESS), Q3, YEAR, Q3_END,
				LightRules.DEFAULT))
			.extracting(PeriodStanding::standing, PeriodStanding::light)
			.containsExactly(Standing.BEHIND, Light.RED);
	}

	@Test
	void aTaskReportedCompleteInAnEarlierQuarterStaysCompleted() {
		PeriodStanding standing = PeriodStanding.of(this.task, accepted(Q2, 100, TaskStatus.COMPLETED), Q3, YEAR,
				Q3_END, LightRules.DEFAULT);

		assertThat(standing.standing()).isEqualTo(Standing.COMPLETED);
		assertThat(standing.light()).isEqualTo(Light.GREEN);
		assertThat(standing.done()).isTrue();
		assertThat(
				PeriodStanding.of(task(LocalDate.of(2022, 12, 31), true), null, Q3, YEAR, Q3_END, LightRules.DEFAULT))
			.extracting(PeriodStanding::standing, PeriodStanding::light)
			.containsExactly(Standing.COMPLETED, Light.COMPLETED);
	}

	@Test
	void anOverdueTaskIsRedAndCountedAgainBehindWhenReportedAndUnreportedWhenNot() {
		Task late = task(LocalDate.of(2022, 8, 31), false);

		PeriodStanding reported = PeriodStanding.of(late, accepted(Q3, 90, TaskStatus.IN_PROGRESS), Q3, YEAR, Q3_END,
				LightRules.DEFAULT);
		PeriodStanding unreported = PeriodStanding.of(late, null, Q3, YEAR, Q3_END, LightRules.DEFAULT);

		assertThat(reported).extracting(PeriodStanding::standing, PeriodStanding::light, PeriodStanding::overdue)
			.containsExactly(Standing.BEHIND, Light.RED, true);
		assertThat(unreported).extracting(PeriodStanding::standing, PeriodStanding::light, PeriodStanding::overdue)
			.containsExactly(Standing.UNREPORTED, Light.RED, true);
	}

	@Test
	void theCountsPutEveryTaskInOneStandingAndTheOverdueAgain() {
		Task late = task(LocalDate.of(2022, 8, 31), false);
		List<PeriodStanding> all = List.of(
				PeriodStanding.of(this.task, accepted(Q3, 90, TaskStatus.IN_PROGRESS), Q3, YEAR, Q3_END,
						LightRules.DEFAULT),
				PeriodStanding.of(this.task, accepted(Q2, 90, TaskStatus.IN_PROGRESS), Q3, YEAR, Q3_END,
						LightRules.DEFAULT),
				PeriodStanding.of(late, null, Q3, YEAR, Q3_END, LightRules.DEFAULT),
				PeriodStanding.of(task(LocalDate.of(2022, 12, 31), true), null, Q3, YEAR, Q3_END, LightRules.DEFAULT));

		assertThat(StandingCounts.of(all)).isEqualTo(new StandingCounts(4, 1, 1, 1, 0, 0, 1, 2));
	}

	private Report accepted(ReportingPeriodId period, int figure, TaskStatus status) {
		return new Report(new ReportId(period.value()), this.task.id(), period, new UnitId(1), ReportKind.CONSOLIDATED,
				new ReportContent("进展", List.of(Figure.of(BigDecimal.valueOf(figure))), status, null, null, null),
				ReportState.ACCEPTED, null, Instant.parse("2022-09-20T02:00:00Z"), 0);
	}

	private static Task task(LocalDate due, boolean closedOut) {
		return new Task(new TaskId(1), new PlanId(1),
				new TaskContent(new TaskNumber("1"), 1, null, "建设示范点", List.of(new UnitId(1)), List.of(),
						List.of(Target.atLeast(100, "个", "示范点")), List.of(Deadline.written(due, "时限"))),
				TaskStatus.IN_PROGRESS, closedOut, null, 0);
	}

}
