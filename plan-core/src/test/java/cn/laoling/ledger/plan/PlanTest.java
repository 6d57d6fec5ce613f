package cn.laoling.ledger.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanTest {

	private final PlanFacts facts = new PlanFacts("凉州区积极应对人口老龄化三年(2023-2025年)实施方案", null, "凉州区人民政府办公室",
			LocalDate.of(2023, 3, 4), PlanPeriod.years(2023, 2025));

	@Test
	void aPlanStartsAsADraftAndIsPutInForce() {
		Plan plan = Plan.draft(new RegionId(4), this.facts);

		plan.putInForce();

		assertThat(plan.status()).isEqualTo(PlanStatus.IN_FORCE);
		assertThat(plan.period().days()).isEqualTo(1096);
	}

	@Test
	void aDraftCannotBeClosed() {
		Plan plan = Plan.draft(new RegionId(4), this.facts);

		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(plan::close)
			.withMessageContaining("this one is DRAFT");
	}

	@Test
	void aPlanNeverGoesBackToDraft() {
		Plan plan = Plan.draft(new RegionId(4), this.facts);
		plan.changeStatus(PlanStatus.IN_FORCE);

		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> plan.changeStatus(PlanStatus.DRAFT))
			.withMessageContaining("cannot be set DRAFT");
	}

	@Test
	void aPlanWithdrawnBeforeAnyoneWorkedOnItIsADraftAgainAndOnlyADraftIsDeleted() {
		Plan plan = Plan.draft(new RegionId(4), this.facts);
		plan.requireDeletable();
		plan.putInForce();
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(plan::requireDeletable)
			.withMessageContaining("IN_FORCE");

		plan.withdraw(false);

		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.status().isIssued()).isFalse();
		plan.requireDeletable();
	}

	@Test
	void aPlanWithdrawnAfterUnitsWorkedOnItIsVoidKeptAndNoLongerWorkedOn() {
		Plan plan = Plan.draft(new RegionId(4), this.facts);
		plan.putInForce();

		plan.withdraw(true);

		assertThat(plan.status()).isEqualTo(PlanStatus.VOID);
		assertThat(plan.status().isIssued()).as("kept on record").isTrue();
		assertThat(plan.status().isWorkedOn()).isFalse();
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(plan::requireDeletable);
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> plan.withdraw(false))
			.withMessageContaining("VOID");
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> plan.changeStatus(PlanStatus.IN_FORCE));
	}

	@Test
	void sectionsKeepTheirOrder() {
		Plan plan = Plan.draft(new RegionId(4), this.facts);
		plan.addSection(Section.of("（一）", "优化居家养老服务供给"));
		plan.addSection(Section.of("（二）", "提高社区养老服务质量"));

		assertThat(plan.sections()).extracting(Section::heading).containsExactly("（一）优化居家养老服务供给", "（二）提高社区养老服务质量");
	}

	@Test
	void aPlanHasATitle() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new PlanFacts("", null, null, null, PlanPeriod.year(2022)))
			.withMessage("plan title must not be blank");
	}

	@Test
	void revisedSectionsKeepTheIdentityOfTheirPosition() {
		Plan plan = new Plan(new PlanId(1), new RegionId(4), this.facts, PlanStatus.IN_FORCE, List
			.of(new Section(new SectionId(7), "（一）", "优化居家养老服务供给"), new Section(new SectionId(8), "（二）", "提高社区养老服务质量")),
				0);

		List<Section> dropped = plan.reviseSections(List.of(Section.of("（一）", "优化居家养老服务")));

		assertThat(plan.sections()).containsExactly(new Section(new SectionId(7), "（一）", "优化居家养老服务"));
		assertThat(dropped).extracting(Section::id).containsExactly(new SectionId(8));
	}

}
