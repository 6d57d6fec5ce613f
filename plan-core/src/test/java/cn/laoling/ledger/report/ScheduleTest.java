package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 序时进度 at the edges of its windows: first and last days, leap years, plans over several
 * years.
 */
class ScheduleTest {

	private static final PlanPeriod YEAR_2022 = PlanPeriod.year(2022);

	private static final PlanPeriod THREE_YEARS = PlanPeriod.years(2023, 2025);

	private final Target communities = Target.atLeast(26, "个", "老年友好型社区");

	private final Target trainingsPerYear = Target.atLeast(1500, "人次", "培训").every(Recurrence.PER_YEAR);

	private final Target videosPerQuarter = Target.atLeast(3, "条", "短视频").every(Recurrence.PER_QUARTER);

	@Test
	void aOneOffTargetIsDueInFullOnTheTasksDeadlineAndAlmostNothingOnTheFirstDay() {
		Deadline yearEnd = Deadline.written(LocalDate.of(2022, 12, 31), "到2022年底");

		assertThat(Schedule.expected(this.communities, YEAR_2022, yearEnd, LocalDate.of(2022, 1, 1)))
			.isEqualByComparingTo("0.071233"); // 26 × 1/365
		assertThat(Schedule.expected(this.communities, YEAR_2022, yearEnd, LocalDate.of(2022, 7, 2)))
			.isEqualByComparingTo("13.035616"); // 26 × 183/365
		assertThat(Schedule.expected(this.communities, YEAR_2022, yearEnd, LocalDate.of(2022, 12, 31)))
			.isEqualByComparingTo("26");
		assertThat(Schedule.expected(this.communities, YEAR_2022, yearEnd, LocalDate.of(2023, 3, 1)))
			.isEqualByComparingTo("26");
	}

	@Test
	void anEarlierDeadlineShortensTheWindow() {
		Deadline mayEnd = Deadline.written(LocalDate.of(2022, 5, 31), "2022年5月底");

		assertThat(Schedule.windowOf(this.communities, YEAR_2022, mayEnd, LocalDate.of(2022, 3, 1)))
			.isEqualTo(new Schedule.Window(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 31)));
		assertThat(Schedule.expected(this.communities, YEAR_2022, mayEnd, LocalDate.of(2022, 5, 31)))
			.isEqualByComparingTo("26");
	}

	@Test
	void aYearlyTargetOfAThreeYearPlanStartsAgainEachYear() {
		Deadline end = Deadline.impliedBy(THREE_YEARS);

		assertThat(Schedule.expected(this.trainingsPerYear, THREE_YEARS, end, LocalDate.of(2023, 12, 31)))
			.isEqualByComparingTo("1500");
		assertThat(Schedule.expected(this.trainingsPerYear, THREE_YEARS, end, LocalDate.of(2024, 1, 1)))
			.isEqualByComparingTo("4.098361"); // 1500 × 1/366, 2024 is a leap year
		assertThat(Schedule.expected(this.trainingsPerYear, THREE_YEARS, end, LocalDate.of(2024, 2, 29)))
			.isEqualByComparingTo("245.901639"); // 60 of 366 days
		assertThat(Schedule.expected(this.trainingsPerYear, THREE_YEARS, end, LocalDate.of(2025, 2, 28)))
			.isEqualByComparingTo("242.465753"); // 59 of 365 days
	}

	@Test
	void aQuarterlyTargetIsMeasuredAgainstItsQuarter() {
		Deadline end = Deadline.impliedBy(THREE_YEARS);

		assertThat(Schedule.windowOf(this.videosPerQuarter, THREE_YEARS, end, LocalDate.of(2024, 2, 10)))
			.isEqualTo(new Schedule.Window(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
		assertThat(Schedule.expected(this.videosPerQuarter, THREE_YEARS, end, LocalDate.of(2024, 3, 31)))
			.isEqualByComparingTo("3");
	}

	@Test
	void aPlanStartingMidYearMeasuresItsFirstYearFromItsStart() {
		PlanPeriod fromJuly = new PlanPeriod(LocalDate.of(2023, 7, 1), LocalDate.of(2025, 6, 30));
		Deadline end = Deadline.impliedBy(fromJuly);

		assertThat(Schedule.windowOf(this.trainingsPerYear, fromJuly, end, LocalDate.of(2023, 8, 1)))
			.isEqualTo(new Schedule.Window(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31)));
		assertThat(Schedule.windowOf(this.trainingsPerYear, fromJuly, end, LocalDate.of(2025, 3, 1)))
			.isEqualTo(new Schedule.Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
		assertThat(Schedule.expected(this.trainingsPerYear, fromJuly, end, LocalDate.of(2023, 6, 1)))
			.as("before the plan starts nothing is expected")
			.isEqualByComparingTo(BigDecimal.ZERO);
	}

}
