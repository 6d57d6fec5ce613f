package cn.laoling.ledger.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.report.Assessment;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.TargetProgress;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 年度分解: a three-year target judged on the current year's share, and a closed year
 * carrying what it left unfinished into the next (结转).
 */
class TargetYearsTest {

	private static final PlanPeriod THREE_YEARS = PlanPeriod.years(2023, 2025);

	/** 182 of 366 days of 2024. */
	private static final LocalDate MID_2024 = LocalDate.of(2024, 6, 30);

	private final Task task = new Task(new TaskId(1), new PlanId(1),
			new TaskContent(new TaskNumber("1"), 1, null, "到2025年底，完成7000户困难老年人家庭适老化改造", List.of(new UnitId(1)),
					List.of(), List.of(Target.exactly(7000, "户", "适老化改造"), rate()),
					List.of(Deadline.written(LocalDate.of(2025, 12, 31), "到2025年底"))),
			TaskStatus.IN_PROGRESS, 0);

	@Test
	void aTargetIsJudgedOnTheShareOfTheYearFromWhereTheYearStarted() {
		TargetYears years = divided();
		this.task.divideByYear(years);

		TargetYears.Yardstick yardstick = this.task.yardstick(0, THREE_YEARS, MID_2024);
		TargetProgress progress = TargetProgress.of(yardstick, BigDecimal.valueOf(3000), MID_2024, LightRules.DEFAULT);

		assertThat(yardstick.target().value().goal()).isEqualByComparingTo("2500");
		assertThat(yardstick.year()).isEqualTo(2024);
		assertThat(yardstick.from()).as("2023's share").isEqualByComparingTo("2000");
		assertThat(progress.actual()).as("this year's part of the 3000").isEqualByComparingTo("1000");
		assertThat(progress.expected()).isEqualByComparingTo("1243.169399");
		assertThat(progress.pointsBehind()).isEqualByComparingTo("9.73");
		assertThat(years.plannedTotal()).isEqualByComparingTo("7000");
		assertThat(years.shortfall(this.task.targets().get(0))).isZero();
		assertThat(this.task.yardstick(1, THREE_YEARS, MID_2024).target()).as("a rate is not divided")
			.isEqualTo(rate());
	}

	@Test
	void aYearFarBehindItsShareIsRedWhereTheWholeTargetWouldBeYellow() {
		this.task.divideByYear(divided());
		Task whole = new Task(new TaskId(2), new PlanId(1), this.task.content(), TaskStatus.IN_PROGRESS, 0);

		Assessment byYear = Assessment.of(this.task, List.of(BigDecimal.valueOf(2400)), TaskStatus.IN_PROGRESS, false,
				THREE_YEARS, MID_2024, LightRules.DEFAULT);
		Assessment overall = Assessment.of(whole, List.of(BigDecimal.valueOf(2400)), TaskStatus.IN_PROGRESS, false,
				THREE_YEARS, MID_2024, LightRules.DEFAULT);

		assertThat(byYear.light()).as("400 of 2024's 2500 at mid-year: 33.7 points behind").isEqualTo(Light.RED);
		assertThat(overall.light()).as("2400 of 7000 over three years: 15.6 points behind").isEqualTo(Light.YELLOW);
	}

	@Test
	void aClosedYearCarriesWhatItLeftUnfinishedIntoTheNext() {
		TargetYears carried = divided().carriedOver(2023, BigDecimal.valueOf(1800));

		assertThat(carried.in(2024)).contains(new YearShare(2024, new BigDecimal("2500"), new BigDecimal("200")));
		assertThat(carried.startOf(2024)).as("where 2023 really ended").isEqualByComparingTo("1800");
		assertThat(carried.dueBy(2024)).as("the years still add up to the target").isEqualByComparingTo("4500");
		assertThat(divided().carriedOver(2023, BigDecimal.valueOf(2100)).in(2024).orElseThrow().carried())
			.as("a year done carries nothing")
			.isZero();
		assertThatThrownBy(() -> divided().carriedOver(2025, BigDecimal.ZERO)).isInstanceOf(DomainRuleException.class);

		Map<Integer, BigDecimal> retyped = new LinkedHashMap<>();
		retyped.put(2023, BigDecimal.valueOf(2000));
		retyped.put(2024, BigDecimal.valueOf(2600));
		retyped.put(2025, BigDecimal.valueOf(2400));
		assertThat(TargetYears.of(this.task, THREE_YEARS, 0, retyped, Optional.of(carried)).in(2024).orElseThrow())
			.as("what was carried stays when the shares are typed again")
			.isEqualTo(new YearShare(2024, new BigDecimal("2600"), new BigDecimal("200")));
		Map<Integer, BigDecimal> blank = new LinkedHashMap<>();
		blank.put(2023, BigDecimal.valueOf(2000));
		blank.put(2024, null);
		assertThat(TargetYears.of(this.task, THREE_YEARS, 0, blank, Optional.of(carried)).in(2024).orElseThrow())
			.as("a year left blank keeps what was carried into it")
			.isEqualTo(new YearShare(2024, BigDecimal.ZERO, new BigDecimal("200")));
	}

	@Test
	void onlyAnAmountOfAPlanOfSeveralYearsIsDividedAndOnlyIntoItsYears() {
		Map<Integer, BigDecimal> shares = Map.of(2023, BigDecimal.ONE);

		assertThatThrownBy(() -> TargetYears.of(this.task, THREE_YEARS, 1, shares, Optional.empty()))
			.hasFieldOrPropertyWithValue("code", "years.target.notDivisible");
		assertThatThrownBy(() -> TargetYears.of(this.task, PlanPeriod.year(2023), 0, shares, Optional.empty()))
			.hasFieldOrPropertyWithValue("code", "years.plan.oneYear");
		assertThatThrownBy(
				() -> TargetYears.of(this.task, THREE_YEARS, 0, Map.of(2026, BigDecimal.ONE), Optional.empty()))
			.hasFieldOrPropertyWithValue("code", "years.year.outside");
	}

	@Test
	void aTargetDividedByYearFollowsItWhenTheTaskIsRewritten() {
		Plan plan = new Plan(new PlanId(1), new cn.laoling.ledger.region.RegionId(1),
				new PlanFacts("凉州区三年实施方案", null, null, null, THREE_YEARS), PlanStatus.IN_FORCE, List.of(), 0);
		this.task.divideByYear(divided());
		TaskContent swapped = new TaskContent(new TaskNumber("1"), 1, null, this.task.text(), this.task.leadUnits(),
				List.of(), List.of(rate(), Target.exactly(7000, "户", "适老化改造")), this.task.deadlines());

		this.task.revise(plan, swapped);

		assertThat(this.task.years()).singleElement().satisfies((y) -> assertThat(y.target()).isEqualTo(1));
		this.task.revise(plan, new TaskContent(new TaskNumber("1"), 1, null, this.task.text(), this.task.leadUnits(),
				List.of(), List.of(rate()), this.task.deadlines()));
		assertThat(this.task.years()).as("the target is gone").isEmpty();
	}

	private TargetYears divided() {
		Map<Integer, BigDecimal> shares = new LinkedHashMap<>();
		shares.put(2023, BigDecimal.valueOf(2000));
		shares.put(2024, BigDecimal.valueOf(2500));
		shares.put(2025, BigDecimal.valueOf(2500));
		return TargetYears.of(this.task, THREE_YEARS, 0, shares, Optional.empty());
	}

	private static Target rate() {
		return new Target(new TargetValue.Amount(BigDecimal.valueOf(70)), Measure.PERCENT, "规范健康管理率",
				Comparator.AT_LEAST, Recurrence.ONCE);
	}

}
