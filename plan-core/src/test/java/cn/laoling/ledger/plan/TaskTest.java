package cn.laoling.ledger.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.UnitId;

import static cn.laoling.ledger.plan.PlanFixtures.STREETS;
import static cn.laoling.ledger.plan.PlanFixtures.WEIJIANWEI;
import static cn.laoling.ledger.plan.PlanFixtures.ZHUJIANJU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TaskTest {

	private final Plan plan = PlanFixtures.savedPlanWithSection();

	@Test
	void aNewTaskIsNotStartedAndKeepsItsNumberAsWritten() {
		Task task = this.plan.newTask(PlanFixtures.friendlyCommunities(List.of()));

		assertThat(task.status()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(task.number().value()).isEqualTo("1");
		assertThat(task.planId()).isEqualTo(this.plan.id());
	}

	@Test
	void withoutAWrittenDeadlineTheTaskIsDueAtThePeriodEnd() {
		Task task = this.plan.newTask(PlanFixtures.friendlyCommunities(List.of()));

		assertThat(task.deadlines()).singleElement().satisfies((deadline) -> {
			assertThat(deadline.date()).isEqualTo(LocalDate.of(2022, 12, 31));
			assertThat(deadline.implied()).isTrue();
		});
	}

	@Test
	void theFinalDeadlineIsTheLatestOfSeveral() {
		Deadline may = Deadline.written(LocalDate.of(2022, 5, 31), "2022年5月底");
		Deadline june = Deadline.written(LocalDate.of(2022, 6, 30), "2022年6月底");
		Task task = this.plan.newTask(PlanFixtures.friendlyCommunities(List.of(june, may)));

		assertThat(task.finalDeadline()).isEqualTo(june);
	}

	@Test
	void aTaskNeedsALeadUnit() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new TaskContent(new TaskNumber("3"), 3, null, "完成适老化改造小区35个", List.of(),
					List.of(ZHUJIANJU), List.of(), List.of()))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("task.leadUnits.required"));
	}

	@Test
	void theSameUnitMayLeadAndBeResponsible() {
		TaskContent content = new TaskContent(new TaskNumber("4"), 4, null, "完成2个便民圈建设任务", List.of(ZHUJIANJU),
				List.of(ZHUJIANJU), List.of(), List.of());

		assertThat(this.plan.newTask(content).involves(Set.of(ZHUJIANJU))).isTrue();
	}

	@Test
	void aTaskInvolvesTheUnitsOfItsGroup() {
		Task task = this.plan.newTask(PlanFixtures.friendlyCommunities(List.of()));
		UnitId aStreetOffice = new UnitId(99);

		assertThat(task.involves(Set.of(aStreetOffice))).isFalse();
		assertThat(task.involves(Set.of(aStreetOffice, STREETS))).isTrue();
		assertThat(task.involves(Set.of(WEIJIANWEI))).isTrue();
	}

	@Test
	void aTaskCannotBeFiledUnderAnotherPlansSection() {
		TaskContent content = new TaskContent(new TaskNumber("2"), 2, new SectionId(77), "丰富为老服务供给", List.of(ZHUJIANJU),
				List.of(), List.of(), List.of());

		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> this.plan.newTask(content))
			.withMessageContaining("section SectionId[value=77] is not a section of plan");
	}

	@Test
	void revisingReplacesUnitsTargetsAndDeadlines() {
		Task task = new Task(new TaskId(8), this.plan.id(),
				PlanFixtures.friendlyCommunities(List.of()).withDeadlinesFrom(this.plan.period()),
				TaskStatus.IN_PROGRESS, 2);
		TaskContent revised = new TaskContent(new TaskNumber("1"), 1, null, "创建老年友好型社区30个", List.of(ZHUJIANJU),
				List.of(), List.of(Target.exactly(30, "个", "老年友好型社区")),
				List.of(Deadline.written(LocalDate.of(2022, 11, 30), "2022年11月底")));

		task.revise(this.plan, revised);

		assertThat(task.leadUnits()).containsExactly(ZHUJIANJU);
		assertThat(task.responsibleUnits()).isEmpty();
		assertThat(task.targets()).singleElement()
			.satisfies((t) -> assertThat(t.value().goal()).isEqualByComparingTo("30"));
		assertThat(task.finalDeadline().wording()).isEqualTo("2022年11月底");
		assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(task.version()).isEqualTo(2);
	}

	@Test
	void aTaskWithoutAWrittenDeadlineFollowsTheNewPeriodEnd() {
		Task implied = this.plan.newTask(PlanFixtures.friendlyCommunities(List.of()));
		Task written = this.plan.newTask(
				PlanFixtures.friendlyCommunities(List.of(Deadline.written(LocalDate.of(2022, 6, 30), "2022年6月底"))));
		Plan extended = new Plan(this.plan.id(), this.plan.regionId(),
				new PlanFacts(this.plan.title(), null, null, null, PlanPeriod.years(2022, 2023)), PlanStatus.IN_FORCE,
				this.plan.sections(), 4);

		assertThat(implied.followPeriodOf(extended)).isTrue();
		assertThat(written.followPeriodOf(extended)).isFalse();

		assertThat(implied.finalDeadline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(written.finalDeadline().date()).isEqualTo(LocalDate.of(2022, 6, 30));
	}

	@Test
	void aMergedUnitsPlaceIsTakenByTheKeptUnit() {
		UnitId junk = new UnitId(77);
		Task task = this.plan.newTask(new TaskContent(new TaskNumber("5"), 5, null, "建设社区养老服务站", List.of(junk, STREETS),
				List.of(ZHUJIANJU), List.of(), List.of()));

		task.mergeUnit(junk, WEIJIANWEI);

		assertThat(task.leadUnits()).containsExactly(WEIJIANWEI, STREETS);
		assertThat(task.responsibleUnits()).containsExactly(ZHUJIANJU);
	}

	@Test
	void aTaskNamingBothUnitsNamesTheKeptOneOnceAtTheFirstOfTheirPlaces() {
		UnitId junk = new UnitId(77);
		Task leadBeforeResponsible = this.plan.newTask(new TaskContent(new TaskNumber("6"), 6, null, "完善助餐服务",
				List.of(STREETS, junk), List.of(ZHUJIANJU, WEIJIANWEI), List.of(), List.of()));
		Task bothLead = this.plan.newTask(new TaskContent(new TaskNumber("7"), 7, null, "完善助浴服务",
				List.of(WEIJIANWEI, STREETS, junk), List.of(), List.of(), List.of()));

		leadBeforeResponsible.mergeUnit(junk, WEIJIANWEI);
		bothLead.mergeUnit(junk, WEIJIANWEI);

		assertThat(leadBeforeResponsible.leadUnits()).containsExactly(STREETS, WEIJIANWEI);
		assertThat(leadBeforeResponsible.responsibleUnits()).containsExactly(ZHUJIANJU);
		assertThat(bothLead.leadUnits()).containsExactly(WEIJIANWEI, STREETS);
	}

}
