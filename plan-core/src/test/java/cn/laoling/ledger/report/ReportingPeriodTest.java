package cn.laoling.ledger.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plan's reporting periods: its quarters, due on the 25th of their last month, open
 * until closed.
 */
class ReportingPeriodTest {

	@Test
	void aThreeYearPlanHasTwelveQuartersDueOnThe25thOfTheirLastMonth() {
		List<ReportingPeriod> periods = ReportingPeriod.of(new PlanId(1), PlanPeriod.years(2023, 2025));

		assertThat(periods).hasSize(12);
		assertThat(periods.get(0).quarter()).isEqualTo(new Quarter(2023, 1));
		assertThat(periods.get(0).dueDate()).isEqualTo(LocalDate.of(2023, 3, 25));
		assertThat(periods.get(11).dueDate()).isEqualTo(LocalDate.of(2025, 12, 25));
		assertThat(periods).allMatch(ReportingPeriod::isOpen);
	}

	@Test
	void aPlanStartingAndEndingMidQuarterReportsInEveryQuarterItTouches() {
		List<ReportingPeriod> periods = ReportingPeriod.of(new PlanId(1),
				new PlanPeriod(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 15)));

		assertThat(periods).extracting(ReportingPeriod::quarter)
			.containsExactly(new Quarter(2022, 3), new Quarter(2022, 4), new Quarter(2023, 1));
	}

	@Test
	void aClosedPeriodTakesNoChangesUntilReopened() {
		ReportingPeriod period = ReportingPeriod.of(new PlanId(1), PlanPeriod.year(2022)).get(1);

		period.close();

		assertThatThrownBy(period::requireOpen).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> period.changeDueDate(LocalDate.of(2022, 6, 30)))
			.isInstanceOf(DomainRuleException.class);
		period.reopen();
		period.changeDueDate(LocalDate.of(2022, 6, 30));
		assertThat(period.dueDate()).isEqualTo(LocalDate.of(2022, 6, 30));
		assertThat(period.daysToDue(LocalDate.of(2022, 6, 25))).isEqualTo(5);
		assertThatThrownBy(period::reopen).as("reopening an open period").isInstanceOf(DomainRuleException.class);
	}

	@Test
	void quartersKnowTheirDays() {
		assertThat(Quarter.of(LocalDate.of(2024, 2, 29))).isEqualTo(new Quarter(2024, 1));
		assertThat(new Quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(new Quarter(2024, 4).next()).isEqualTo(new Quarter(2025, 1));
	}

	@Test
	void thePeriodAPlanIsInIsTheQuarterOfTheDayAfterItsEndItsLastAndBeforeItsStartNone() {
		PlanPeriod plan = PlanPeriod.years(2023, 2024);
		List<ReportingPeriod> periods = new java.util.ArrayList<>(ReportingPeriod.of(new PlanId(1), plan));
		// a quarter kept from before the plan's period was shortened
		periods.add(new ReportingPeriod(null, new PlanId(1), new Quarter(2025, 1), LocalDate.of(2025, 3, 25),
				PeriodState.OPEN, 0));

		assertThat(ReportingPeriod.onDay(periods, plan, LocalDate.of(2024, 5, 6))).map(ReportingPeriod::quarter)
			.contains(new Quarter(2024, 2));
		assertThat(ReportingPeriod.onDay(periods, plan, LocalDate.of(2025, 2, 1))).map(ReportingPeriod::quarter)
			.contains(new Quarter(2024, 4));
		assertThat(ReportingPeriod.onDay(periods, plan, LocalDate.of(2022, 12, 31))).isEmpty();
		assertThat(ReportingPeriod.within(periods, plan)).hasSize(8);
	}

}
