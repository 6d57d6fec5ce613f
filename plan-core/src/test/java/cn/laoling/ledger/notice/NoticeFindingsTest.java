package cn.laoling.ledger.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.PeriodState;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice of 2026Q2 judged on 30 June: five tasks with known answers for the counts, the
 * target table, the lagging tasks and who reported late, not at all, or well.
 */
class NoticeFindingsTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final PlanPeriod YEAR = PlanPeriod.year(2026);

	private static final LocalDate QUARTER_END = LocalDate.of(2026, 6, 30);

	private static final UnitId CIVIL = new UnitId(1);

	private static final UnitId HEALTH = new UnitId(2);

	private static final UnitId CULTURE = new UnitId(3);

	private static final ReportingPeriod Q2 = new ReportingPeriod(new ReportingPeriodId(2), new PlanId(1),
			new Quarter(2026, 2), LocalDate.of(2026, 6, 25), PeriodState.OPEN, 0);

	private static final NoticeFindings.Wording WORDING = new NoticeFindings.Wording() {

		@Override
		public String target(Target target) {
			return target.counted();
		}

		@Override
		public String deadline(Task task) {
			return task.finalDeadline().date().toString();
		}

		@Override
		public String unitNames(List<UnitId> units) {
			return units.stream().map(UnitId::toString).collect(Collectors.joining(","));
		}

	};

	private final Map<TaskId, Report> latest = new HashMap<>();

	private final List<Report> periodReports = new java.util.ArrayList<>();

	// 26 communities by the year end: 8 done on 30 June, when 序时 asks for 26 × 181/365
	private final Task communities = task(1, CIVIL, List.of(Target.atLeast(26, "个", "老年友好型社区")), 12, 31, false);

	// 1500 trainees: 1000 trained, 序时 743.84
	private final Task training = task(2, HEALTH, List.of(Target.atLeast(1500, "人次", "培训")), 12, 31, false);

	private final Task finished = task(3, CULTURE, List.of(), 12, 31, false);

	private final Task closed = task(4, HEALTH, List.of(), 12, 31, true);

	// due at the end of March, never reported
	private final Task overdue = task(5, CIVIL, List.of(), 3, 31, false);

	@Test
	void countsEachTaskOnceAsCompletedAheadOnScheduleBehindOrUnreportedAndTheOverdueAgain() {
		NoticeFindings findings = findings();

		assertThat(findings.figures().counts()).as("the overdue task was never reported: 未报送, not 欠进度")
			.isEqualTo(new StandingCounts(5, 2, 1, 1, 0, 1, 1, 1));
	}

	@Test
	void theTargetTableSetsEachTargetBesideItsScheduleAndActual() {
		List<TargetLine> targets = findings().figures().targets();

		assertThat(targets).containsExactly(
				new TargetLine("1", "老年友好型社区", "个", BigDecimal.valueOf(26), new BigDecimal("12.89"),
						BigDecimal.valueOf(8), new BigDecimal("30.8"), Standing.BEHIND),
				new TargetLine("2", "培训", "人次", BigDecimal.valueOf(1500), new BigDecimal("743.84"),
						BigDecimal.valueOf(1000), new BigDecimal("66.7"), Standing.AHEAD));
	}

	@Test
	void theLaggingTasksAreTheOneBehindScheduleAndTheOneOverdue() {
		List<TaskLine> lagging = findings().figures().lagging();

		assertThat(lagging).extracting(TaskLine::taskNumber).containsExactly("1", "5");
		assertThat(lagging.get(1).overdue()).isTrue();
		assertThat(lagging.get(1).light()).isEqualTo(Light.RED);
		assertThat(lagging.get(1).reported()).isFalse();
		assertThat(lagging.get(1).standing()).as("never reported").isEqualTo(Standing.UNREPORTED);
	}

	@Test
	void unitsAreNamedForLateOrMissingReportsAndPraisedWhenOnTimeWithNothingLagging() {
		NoticeFindings findings = findings();

		assertThat(findings.missing()).as("no report on the overdue task").containsExactly(CIVIL);
		assertThat(findings.late()).as("reported two days after the due date").containsExactly(HEALTH);
		assertThat(findings.praised()).containsExactly(CULTURE);
	}

	@Test
	void aUnitLeadingALaggingTaskIsNotPraisedEvenWhenItReportedOnTime() {
		this.periodReports.clear();
		this.latest.clear();
		accept(this.communities, CIVIL, List.of(Figure.of(BigDecimal.valueOf(8))), TaskStatus.IN_PROGRESS,
				"2026-06-20T02:00:00Z");

		NoticeFindings findings = NoticeFindings.of(List.of(this.communities), this.latest, Q2, this.periodReports,
				(id) -> Optional.empty(), YEAR, QUARTER_END, ZONE, LightRules.DEFAULT, WORDING);

		assertThat(findings.praised()).isEmpty();
		assertThat(findings.missing()).isEmpty();
	}

	@Test
	void aReportOfAnEarlierPeriodStillSpeaksButTheTaskIsUnreportedThisPeriodAndNeverAheadOrGreen() {
		this.latest.clear();
		this.periodReports.clear();
		Report march = new Report(new ReportId(99), this.training.id(), new ReportingPeriodId(1), HEALTH,
				ReportKind.CONSOLIDATED, new ReportContent("一季度", List.of(Figure.of(BigDecimal.valueOf(1000))),
						TaskStatus.IN_PROGRESS, null, null, null),
				ReportState.ACCEPTED, null, Instant.parse("2026-03-20T02:00:00Z"), 0);
		this.latest.put(this.training.id(), march);

		NoticeFindings findings = NoticeFindings.of(List.of(this.training), this.latest, Q2, this.periodReports,
				(id) -> Optional.empty(), YEAR, QUARTER_END, ZONE, LightRules.DEFAULT, WORDING);

		assertThat(findings.figures().counts()).isEqualTo(new StandingCounts(1, 0, 0, 0, 0, 0, 0, 1));
		TaskLine line = findings.figures().tasks().get(0);
		assertThat(line.progress()).isEqualTo("一季度");
		assertThat(line.light()).isEqualTo(Light.GREY);
		assertThat(line.standing()).isEqualTo(Standing.UNREPORTED);
	}

	private NoticeFindings findings() {
		accept(this.communities, CIVIL, List.of(Figure.of(BigDecimal.valueOf(8))), TaskStatus.IN_PROGRESS,
				"2026-06-24T02:00:00Z");
		accept(this.training, HEALTH, List.of(Figure.of(BigDecimal.valueOf(1000))), TaskStatus.IN_PROGRESS,
				"2026-06-27T02:00:00Z");
		accept(this.finished, CULTURE, List.of(), TaskStatus.COMPLETED, "2026-06-20T02:00:00Z");
		accept(this.closed, HEALTH, List.of(), TaskStatus.COMPLETED, "2026-06-20T02:00:00Z");
		return NoticeFindings.of(List.of(this.communities, this.training, this.finished, this.closed, this.overdue),
				this.latest, Q2, this.periodReports, (id) -> Optional.empty(), YEAR, QUARTER_END, ZONE,
				LightRules.DEFAULT, WORDING);
	}

	private void accept(Task task, UnitId unit, List<Figure> figures, TaskStatus status, String submitted) {
		Report report = new Report(new ReportId(task.id().value()), task.id(), Q2.id(), unit, ReportKind.CONSOLIDATED,
				new ReportContent("进展" + task.number(), figures, status, null, null, null), ReportState.ACCEPTED, null,
				Instant.parse(submitted), 0);
		this.periodReports.add(report);
		this.latest.put(task.id(), report);
	}

	private static Task task(long id, UnitId lead, List<Target> targets, int month, int day, boolean closedOut) {
		return new Task(new TaskId(id), new PlanId(1),
				new TaskContent(new TaskNumber(String.valueOf(id)), (int) id, null, "任务" + id, List.of(lead), List.of(),
						targets, List.of(Deadline.written(LocalDate.of(2026, month, day), "时限"))),
				TaskStatus.IN_PROGRESS, closedOut, null, 0);
	}

}
