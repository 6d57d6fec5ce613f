package cn.laoling.ledger.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.overview.StandingQuery;
import cn.laoling.ledger.overview.Standings;
import cn.laoling.ledger.overview.TaskStanding;
import cn.laoling.ledger.overview.TaskState;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
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
import cn.laoling.ledger.report.Completeness;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept standing is current until what it is computed from changes, however it is
 * changed, or the day moves.
 */
@PersistenceTest
class StandingPersistenceTest {

	private static final LocalDate DAY = LocalDate.of(2023, 6, 30);

	private static final String RULES = "10/30/10";

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	Reports reports;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Standings standings;

	@Autowired
	PlatformTransactionManager transactions;

	Region region;

	Plan plan;

	Task task;

	Unit civil;

	Unit health;

	@BeforeEach
	void aPlanWithATaskOfTwoUnits() {
		Region region = Fixtures.region(this.regions);
		this.region = region;
		this.civil = Fixtures.department(this.units, region, "区民政局");
		this.health = Fixtures.department(this.units, region, "区卫健委");
		this.plan = this.plans
			.save(Plan.draft(region.id(), new PlanFacts("2023年方案", null, null, null, PlanPeriod.year(2023))));
		this.task = this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber("1"), 0, null, "创建老年友好型社区",
				List.of(this.civil.id()), List.of(this.health.id()), List.of(Target.atLeast(26, "个", "老年友好型社区")),
				List.of(Deadline.written(LocalDate.of(2023, 12, 31), "年底")))));
	}

	@Test
	void aPlanNeverKeptIsStaleAndAKeptOneIsCurrentForItsDayAndRulesOnly() {
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).containsExactly(this.plan.id());
		assertThat(this.standings.generationIfCurrent(List.of(this.plan.id()), DAY, RULES)).isEmpty();

		keep(null);

		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).isEmpty();
		assertThat(this.standings.generationIfCurrent(List.of(this.plan.id()), DAY, RULES)).isPresent()
			.hasValue(this.standings.generation(List.of(this.plan.id())));
		assertThat(this.standings.generationIfCurrent(List.of(this.plan.id()), DAY.plusDays(1), RULES)).isEmpty();
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY.plusDays(1), RULES))
			.containsExactly(this.plan.id());
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, "10/20/10")).containsExactly(this.plan.id());
	}

	@Test
	void editingTheTaskOrReportingOnItMakesThePlanStale() {
		keep(null);
		this.task.extendTo(LocalDate.of(2024, 3, 31));
		this.task = this.tasks.save(this.task);
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).as("the task extended")
			.containsExactly(this.plan.id());

		keep(null);
		Report report = this.reports
			.save(new Report(null, this.task.id(), this.periods.forPlan(this.plan.id()).get(1).id(), this.civil.id(),
					ReportKind.CONSOLIDATED, new ReportContent("已创建8个", List.of(Figure.of(BigDecimal.valueOf(8))),
							TaskStatus.IN_PROGRESS, null, null, null),
					ReportState.SUBMITTED, null, Instant.parse("2023-06-20T02:00:00Z"), 0));
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).as("a report submitted")
			.containsExactly(this.plan.id());

		keep(null);
		report.accept(this.periods.forPlan(this.plan.id()).get(1));
		this.reports.save(report);
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).as("the report accepted")
			.containsExactly(this.plan.id());
	}

	@Test
	void aUnitAddedToThePlansRegionMakesThePlanStaleAndOneElsewhereDoesNot() {
		keep(null);
		Fixtures.department(this.units, Fixtures.region(this.regions), "区医保局");
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).as("a unit of another region").isEmpty();

		Fixtures.department(this.units, this.region, "区医保局");
		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).as("a unit of the plan's region")
			.containsExactly(this.plan.id());
	}

	@Test
	void aChangeMadeWhileThePlanWasJudgedIsNotLost() {
		keep(() -> this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber("2"), 1, null, "建成助餐点",
				List.of(this.health.id()), List.of(), List.of(), List.of()))));

		assertThat(this.standings.stale(List.of(this.plan.id()), DAY, RULES)).containsExactly(this.plan.id());
	}

	@Test
	void theKeptStatesAndReportsOwedAreFoundByTheUnitsTheTasksName() {
		keep(null);

		StandingQuery all = new StandingQuery(List.of(this.plan.id()), List.of(), null);
		List<TaskState> found = this.standings.find(all);
		assertThat(found).singleElement().satisfies((s) -> {
			assertThat(s.task().id()).isEqualTo(this.task.id());
			assertThat(s.planTitle()).isEqualTo("2023年方案");
			assertThat(s.light()).isEqualTo(Light.RED);
			assertThat(s.task().leadUnits()).containsExactly(this.civil.id());
			assertThat(s.targets()).singleElement().satisfies((t) -> {
				assertThat(t.counted()).isEqualTo("老年友好型社区");
				assertThat(t.actual()).isEqualByComparingTo("1");
			});
		});
		assertThat(this.standings.reporting(all)).containsExactlyInAnyOrder(
				new Overview.UnitReporting(this.civil.id(), 1, 1, 0),
				new Overview.UnitReporting(this.health.id(), 1, 0, 0));
		assertThat(this.standings
			.reporting(new StandingQuery(List.of(this.plan.id()), List.of(), Set.of(this.health.id()))))
			.containsExactly(new Overview.UnitReporting(this.health.id(), 1, 0, 0));
		Unit other = Fixtures.department(this.units, this.regions.findAll().get(0), "区教育局");
		assertThat(this.standings.find(new StandingQuery(List.of(this.plan.id()), List.of(Set.of(other.id())), null)))
			.isEmpty();
		assertThat(this.standings.find(new StandingQuery(List.of(this.plan.id()),
				List.of(Set.of(this.health.id()), Set.of(other.id(), this.civil.id())), null)))
			.hasSize(1);
	}

	/**
	 * Keeps the task red with one community against 26, doing the change while it is
	 * judged.
	 */
	private void keep(Runnable meanwhile) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			List<Long> claimed = this.standings.claim(this.plan.id());
			if (meanwhile != null) {
				TransactionTemplate apart = new TransactionTemplate(this.transactions);
				apart.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
				apart.executeWithoutResult((s) -> meanwhile.run());
			}
			Report report = new Report(null, this.task.id(), this.periods.forPlan(this.plan.id()).get(1).id(),
					this.civil.id(), ReportKind.CONSOLIDATED, new ReportContent("已创建1个",
							List.of(Figure.of(BigDecimal.ONE)), TaskStatus.IN_PROGRESS, null, null, null),
					ReportState.ACCEPTED, null, Instant.parse("2023-06-20T02:00:00Z"), 0);
			TaskState state = TaskState.judge(this.plan, this.tasks.findById(this.task.id()).orElseThrow(), report,
					report.periodId(), DAY, LightRules.DEFAULT, ZoneOffset.ofHours(8));
			this.standings.replace(
					this.plan.id(), DAY, RULES, List
						.of(new TaskStanding(state, 0, List.of(this.civil.id(), this.health.id()),
								List.of(new Completeness.Owed(this.civil.id(), Completeness.Outcome.ON_TIME),
										new Completeness.Owed(this.health.id(), Completeness.Outcome.MISSING)))),
					claimed);
		});
	}

}
