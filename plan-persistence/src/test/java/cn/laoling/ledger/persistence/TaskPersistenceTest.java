package cn.laoling.ledger.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.DocumentNumber;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.plan.YearShare;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PersistenceTest
class TaskPersistenceTest {

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	Plan plan;

	Unit health;

	Unit housing;

	Unit civil;

	@BeforeEach
	void aPlanWithOneSection() {
		Region region = Fixtures.region(this.regions);
		this.health = Fixtures.department(this.units, region, "区卫健委");
		this.housing = Fixtures.department(this.units, region, "区住建局");
		this.civil = Fixtures.department(this.units, region, "区民政局");
		Plan draft = Plan.draft(region.id(), new PlanFacts("昆区2022年老龄工作推进方案", new DocumentNumber("昆府办发〔2022〕17号"),
				"昆都仑区人民政府办公室", LocalDate.of(2022, 9, 1), PlanPeriod.year(2022)));
		draft.addSection(Section.of("二、", "重点任务"));
		this.plan = this.plans.save(draft);
	}

	@Test
	void aTaskComesBackAsItWasSaved() {
		Target range = new Target(TargetValue.of(new BigDecimal("4"), new BigDecimal("5")), new Measure("家"), "示范机构",
				Comparator.ABOUT, Recurrence.PER_YEAR);
		Task saved = this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber("1"), 1,
				this.plan.sections().get(0).id(), "全面启动老年友好型社区创建工作", List.of(this.health.id(), this.civil.id()),
				List.of(this.housing.id()), List.of(Target.exactly(26, "个", "老年友好型社区"), range),
				List.of(Deadline.written(LocalDate.of(2022, 5, 31), "2022年5月底"),
						Deadline.written(LocalDate.of(2022, 6, 30), "2022年6月底")))));

		Task loaded = this.tasks.findById(saved.id()).orElseThrow();

		assertThat(loaded.content()).isEqualTo(saved.content());
		assertThat(loaded.leadUnits()).containsExactly(this.health.id(), this.civil.id());
		assertThat(loaded.targets().get(1).value()).isEqualTo(range.value());
		assertThat(loaded.deadlines()).extracting(Deadline::wording).containsExactly("2022年5月底", "2022年6月底");
		assertThat(loaded.status()).isEqualTo(TaskStatus.NOT_STARTED);
	}

	@Test
	void aTargetDividedByYearComesBackWithWhatWasCarriedAndMovesTheTasksVersionOn() {
		Plan threeYears = this.plans.save(Plan.draft(this.plan.regionId(),
				new PlanFacts("凉州区三年实施方案", null, null, null, PlanPeriod.years(2023, 2025))));
		Task task = this.tasks.save(threeYears.newTask(new TaskContent(new TaskNumber("1"), 1, null, "完成7000户适老化改造",
				List.of(this.civil.id()), List.of(), List.of(Target.exactly(7000, "户", "适老化改造")), List.of())));
		Map<Integer, BigDecimal> shares = new LinkedHashMap<>();
		shares.put(2023, new BigDecimal("2000"));
		shares.put(2024, new BigDecimal("2500"));
		shares.put(2025, new BigDecimal("2500"));
		task.divideByYear(TargetYears.of(task, threeYears.period(), 0, shares, Optional.empty())
			.carriedOver(2023, new BigDecimal("1800")));

		Task saved = this.tasks.save(task);
		Task again = this.tasks.findById(task.id()).orElseThrow();

		assertThat(saved.version()).isEqualTo(task.version() + 1);
		assertThat(again.years()).singleElement()
			.satisfies((y) -> assertThat(y.years()).containsExactly(
					new YearShare(2023, new BigDecimal("2000"), BigDecimal.ZERO),
					new YearShare(2024, new BigDecimal("2500"), new BigDecimal("200")),
					new YearShare(2025, new BigDecimal("2500"), BigDecimal.ZERO)));
	}

	@Test
	void theLedgerFiltersByUnitStatusAndText() {
		Task first = save("1", "创建老年友好型社区26个", this.health);
		Task second = save("2", "为182户困难老人家庭开展居家适老化改造", this.civil);
		Task third = save("3", "完成适老化改造小区35个", this.housing);
		third.markStatus(TaskStatus.COMPLETED);
		this.tasks.save(third);

		assertThat(this.tasks.find(TaskQuery.all(this.plan.id()))).extracting(Task::id)
			.containsExactly(first.id(), second.id(), third.id());
		assertThat(find(Set.of(this.civil.id()), null, null)).extracting(Task::id).containsExactly(second.id());
		assertThat(find(Set.of(), TaskStatus.COMPLETED, null)).extracting(Task::id).containsExactly(third.id());
		assertThat(find(Set.of(), null, "适老化")).extracting(Task::id).containsExactly(second.id(), third.id());
		assertThat(find(Set.of(), null, "100%")).isEmpty();
	}

	@Test
	void aPlansHeadIsReadWithoutItsSectionsAndFollowsItsRevisions() {
		Plan older = this.plans.save(Plan.draft(this.plan.regionId(),
				new PlanFacts("昆区2021年老龄工作推进方案", null, null, null, PlanPeriod.year(2021))));
		this.plan.putInForce();
		Plan inForce = this.plans.save(this.plan);

		List<PlanHead> heads = this.plans.headsIn(List.of(this.plan.regionId()));

		assertThat(heads).extracting(PlanHead::id).containsExactly(inForce.id(), older.id());
		assertThat(heads).extracting(PlanHead::id)
			.isEqualTo(this.plans.findAllIn(List.of(this.plan.regionId())).stream().map(Plan::id).toList());
		assertThat(heads.get(0)).isEqualTo(new PlanHead(inForce.id(), inForce.regionId(), "昆区2022年老龄工作推进方案",
				PlanStatus.IN_FORCE, PlanPeriod.year(2022), inForce.version()));
		assertThat(inForce.version()).isGreaterThan(this.plan.version());
		assertThat(this.plans.headsIn(List.of())).isEmpty();
		assertThat(this.plans.headOf(older.id())).contains(heads.get(1));
	}

	@Test
	void tasksAreCountedPerPlan() {
		save("1", "创建老年友好型社区26个", this.health);
		save("2", "为182户困难老人家庭开展居家适老化改造", this.civil);

		assertThat(this.tasks.countByPlan(List.of(this.plan.id()))).containsEntry(this.plan.id(), 2L);
	}

	@Test
	void ofTwoConcurrentEditsOnlyTheFirstWins() {
		Task saved = save("1", "创建老年友好型社区26个", this.health);
		Task mine = this.tasks.findById(saved.id()).orElseThrow();
		Task theirs = this.tasks.findById(saved.id()).orElseThrow();
		mine.markStatus(TaskStatus.IN_PROGRESS);
		this.tasks.save(mine);
		theirs.markStatus(TaskStatus.LAGGING);

		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.tasks.save(theirs));
		assertThat(this.tasks.findById(saved.id())).get().extracting(Task::status).isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void aStaleDeleteIsRefused() {
		Task saved = save("1", "创建老年友好型社区26个", this.health);
		Task edited = this.tasks.findById(saved.id()).orElseThrow();
		edited.markStatus(TaskStatus.IN_PROGRESS);
		this.tasks.save(edited);

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.tasks.delete(saved.id(), saved.version()));
		assertThat(this.tasks.findById(saved.id())).isPresent();
	}

	private Task save(String number, String text, Unit lead) {
		return this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber(number), Integer.parseInt(number), null,
				text, List.of(lead.id()), List.of(), List.of(), List.of())));
	}

	private List<Task> find(Set<cn.laoling.ledger.unit.UnitId> units, TaskStatus status, String text) {
		return this.tasks
			.find(new TaskQuery(this.plan.id(), units, Optional.ofNullable(status), Optional.ofNullable(text)));
	}

}
