package cn.laoling.ledger.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.EvidenceFiles;
import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.PeriodState;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportChase;
import cn.laoling.ledger.report.ReportChases;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@PersistenceTest
class ReportPersistenceTest {

	private static final Instant AT = Instant.parse("2023-03-20T02:00:00Z");

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportChases chases;

	Plan plan;

	Task task;

	Unit civil;

	List<Target> targets = List.of(Target.atLeast(26, "个", "老年友好型社区"));

	@BeforeEach
	void aThreeYearPlanWithOneTask() {
		Region region = Fixtures.region(this.regions);
		this.civil = Fixtures.department(this.units, region, "区民政局");
		this.plan = this.plans
			.save(Plan.draft(region.id(), new PlanFacts("三年行动方案", null, null, null, PlanPeriod.years(2023, 2025))));
		this.task = this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber("1"), 0, null, "创建老年友好型社区",
				List.of(this.civil.id()), List.of(), this.targets, List.of())));
	}

	@Test
	void aUnitIsChasedAboutAPeriodOnceADay() {
		ReportingPeriod first = this.periods.forPlan(this.plan.id()).get(0);
		LocalDate day = LocalDate.of(2023, 3, 20);

		assertThat(this.chases.record(new ReportChase(this.task.id(), first.id(), this.civil.id(), day, "wjw", AT)))
			.isTrue();
		assertThat(this.chases.record(
				new ReportChase(this.task.id(), first.id(), this.civil.id(), day, "wjw-backup", AT.plusSeconds(60))))
			.as("the same day")
			.isFalse();
		assertThat(this.chases.record(new ReportChase(this.task.id(), first.id(), this.civil.id(), day.plusDays(1),
				"wjw", AT.plusSeconds(86400))))
			.as("the next day")
			.isTrue();

		assertThat(this.chases.of(this.task.id(), first.id())).extracting(ReportChase::on, ReportChase::by)
			.containsExactly(tuple(day.plusDays(1), "wjw"), tuple(day, "wjw"));
	}

	@Test
	void thePeriodsBearingOnADayGiveTheSamePeriodOnThatDayAsAllOfThem() {
		Plan other = this.plans.save(Plan.draft(this.plan.regionId(),
				new PlanFacts("两年行动方案", null, null, null, PlanPeriod.years(2024, 2025))));
		// the span shortened after its quarters were made, and a quarter missing: periods
		// outside the span and a gap
		this.jdbc.update(
				"update plan set period_start = date '2023-05-10', period_end = date '2024-12-31' where id = ?",
				this.plan.id().value());
		this.jdbc.update("delete from reporting_period where plan_id = ? and year = 2024 and quarter = 2",
				this.plan.id().value());
		Map<PlanId, PlanPeriod> spans = Map.of(this.plan.id(), this.plans.headOf(this.plan.id()).orElseThrow().period(),
				other.id(), other.period());

		for (String day : List.of("2022-12-31", "2023-01-15", "2023-04-01", "2023-05-10", "2023-08-01", "2024-04-01",
				"2024-05-10", "2024-07-01", "2024-12-31", "2025-01-01", "2025-06-01", "2030-01-01")) {
			LocalDate on = LocalDate.parse(day);
			Map<PlanId, List<ReportingPeriod>> bearing = this.periods.bearingOn(spans.keySet(), on);
			spans.forEach((plan,
					span) -> assertThat(ReportingPeriod.onDay(bearing.getOrDefault(plan, List.of()), span, on)
						.map(ReportingPeriod::quarter)).as("%s on %s", plan, day)
						.isEqualTo(ReportingPeriod.onDay(this.periods.forPlan(plan), span, on)
							.map(ReportingPeriod::quarter)));
			assertThat(bearing.values()).allSatisfy((periods) -> assertThat(periods).hasSizeLessThanOrEqualTo(3));
		}
	}

	@Test
	void aSavedPlanHasItsTwelveQuartersInOrderAndAClosedOneStaysClosed() {
		List<ReportingPeriod> saved = this.periods.forPlan(this.plan.id());
		assertThat(saved).hasSize(12);
		assertThat(saved.get(0).dueDate()).isEqualTo(LocalDate.of(2023, 3, 25));
		ReportingPeriod first = saved.get(0);
		first.close();
		this.periods.save(first);
		assertThat(this.periods.findById(first.id()).orElseThrow().state()).isEqualTo(PeriodState.CLOSED);
		assertThatThrownBy(() -> this.periods.save(first)).as("saved from an old version")
			.isInstanceOf(StaleEditException.class);
	}

	@Test
	void theMigrationGivesAPlanSavedBeforeReportingTheSameQuartersAsSavingItDoes() throws Exception {
		Plan midYear = this.plans.save(Plan.draft(this.plan.regionId(), new PlanFacts("跨年方案", null, null, null,
				new PlanPeriod(LocalDate.of(2023, 8, 15), LocalDate.of(2024, 2, 29)))));
		List<ReportingPeriod> saved = this.periods.forPlan(midYear.id());
		this.jdbc.update("delete from reporting_period where plan_id = ?", midYear.id().value());
		String migration = new String(getClass().getResourceAsStream("/db/migration/V9__reporting.sql").readAllBytes(),
				StandardCharsets.UTF_8);
		String backfill = migration.substring(migration.lastIndexOf("insert into reporting_period"));

		this.jdbc.update(backfill.strip().replaceFirst(";$", "") + " where p.id = " + midYear.id().value());

		assertThat(this.periods.forPlan(midYear.id())).extracting(ReportingPeriod::quarter, ReportingPeriod::dueDate)
			.containsExactlyElementsOf(saved.stream().map((p) -> tuple(p.quarter(), p.dueDate())).toList())
			.hasSize(3);
	}

	@Test
	void extendingThePlanAddsItsNewQuartersAndKeepsTheOldOnesAsTheyAre() {
		ReportingPeriod first = this.periods.forPlan(this.plan.id()).get(0);
		first.close();
		this.periods.save(first);
		Plan loaded = this.plans.findById(this.plan.id()).orElseThrow();

		loaded.revise(new PlanFacts("三年行动方案", null, null, null, PlanPeriod.years(2023, 2026)));
		this.plans.save(loaded);

		List<ReportingPeriod> periods = this.periods.forPlan(this.plan.id());
		assertThat(periods).hasSize(16);
		assertThat(periods.get(0).state()).isEqualTo(PeriodState.CLOSED);
		assertThat(periods.get(15).dueDate()).isEqualTo(LocalDate.of(2026, 12, 25));
	}

	@Test
	void aReportComesBackWithItsFiguresAndItsHistoryKeepsEverySubmissionAsItWas() {
		ReportingPeriod period = this.periods.forPlan(this.plan.id()).get(0);
		Report report = this.reports
			.save(Report.start(this.task.id(), period, this.civil.id(), ReportKind.CONSOLIDATED, 1));
		ReportContent first = new ReportContent("已创建8个", List.of(Figure.of(new BigDecimal("8.5"))),
				TaskStatus.IN_PROGRESS, "资金未到位", "加快验收", null);
		report.submit(period, first, this.targets, List.of(), 0, AT);
		report = this.reports.save(report);
		this.reports.record(ReportEvent.of(report, ReportEvent.Kind.SUBMITTED, AT, "civil-liaison"));
		report.returnWith(period, "请补充名单");
		report = this.reports.save(report);
		this.reports.record(ReportEvent.of(report, ReportEvent.Kind.RETURNED, AT.plusSeconds(60), "office"));
		report.submit(period, new ReportContent("已创建10个", List.of(Figure.rate(BigDecimal.ONE, BigDecimal.TEN)),
				TaskStatus.IN_PROGRESS, null, null, null), this.targets, List.of(), 0, AT.plusSeconds(120));
		report = this.reports.save(report);

		Report loaded = this.reports.findById(report.id()).orElseThrow();
		assertThat(loaded.state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(loaded.content().figure(0)).isEqualTo(Figure.rate(BigDecimal.ONE, BigDecimal.TEN));
		assertThat(loaded.reviewComment()).isEqualTo("请补充名单");
		assertThat(this.reports.forTask(this.task.id(), period.id())).extracting(Report::id)
			.containsExactly(report.id());
		List<ReportEvent> history = this.reports.history(report.id());
		assertThat(history).extracting(ReportEvent::kind)
			.containsExactly(ReportEvent.Kind.SUBMITTED, ReportEvent.Kind.RETURNED);
		assertThat(history.get(0).content()).isEqualTo(first);
		assertThat(history.get(1).comment()).isEqualTo("请补充名单");
	}

	@Test
	void theLedgerFindsEachTasksAcceptedReportOfItsLatestPeriod() {
		List<ReportingPeriod> periods = this.periods.forPlan(this.plan.id());
		for (int q : new int[] { 2, 0, 1 }) {
			Report report = Report.start(this.task.id(), periods.get(q), this.civil.id(), ReportKind.CONSOLIDATED, 1);
			report.submit(periods.get(q), new ReportContent("第" + (q + 1) + "季度",
					List.of(Figure.of(BigDecimal.valueOf(q))), TaskStatus.IN_PROGRESS, null, null, null), this.targets,
					List.of(), 0, AT);
			if (q != 2) {
				report.accept(periods.get(q));
			}
			this.reports.save(report);
		}

		assertThat(this.reports.latestAccepted(List.of(this.task.id()))).hasEntrySatisfying(this.task.id(),
				(r) -> assertThat(r.content().progress()).as("Q3 is only submitted").isEqualTo("第2季度"));
	}

	@Test
	void evidenceFilesBelongToTheirReportAndComeBackByteForByte() {
		ReportingPeriod period = this.periods.forPlan(this.plan.id()).get(0);
		Report report = this.reports
			.save(Report.start(this.task.id(), period, this.civil.id(), ReportKind.CONSOLIDATED, 1));
		byte[] pdf = "%PDF-1.4 验收报告".getBytes(StandardCharsets.UTF_8);

		Evidence added = this.evidence.add(report.id(), "验收报告.pdf", EvidenceKind.PDF, pdf, AT, "civil-liaison")
			.orElseThrow();

		assertThat(this.evidence.of(report.id())).singleElement().satisfies((e) -> {
			assertThat(e.fileName()).isEqualTo("验收报告.pdf");
			assertThat(e.size()).isEqualTo(pdf.length);
		});
		assertThat(this.evidence.content(report.id(), added.id())).hasValue(pdf);
		assertThat(this.evidence.content(new ReportId(report.id().value() + 1000), added.id())).isEmpty();
		assertThat(this.evidence.remove(new ReportId(report.id().value() + 1000), added.id())).isFalse();
		assertThat(this.evidence.remove(report.id(), added.id())).isTrue();
		assertThat(this.evidence.of(report.id())).isEmpty();
	}

	@Test
	void aSecondReportOfTheSameUnitOnTheTaskInThePeriodIsAConflict() {
		ReportingPeriod period = this.periods.forPlan(this.plan.id()).get(0);
		this.reports.save(Report.start(this.task.id(), period, this.civil.id(), ReportKind.CONSOLIDATED, 1));

		assertThatThrownBy(() -> this.reports
			.save(Report.start(this.task.id(), period, this.civil.id(), ReportKind.CONSOLIDATED, 1)))
			.isInstanceOf(StaleEditException.class);
	}

}
