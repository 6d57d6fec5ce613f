package cn.laoling.ledger.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Working days in China: Monday to Friday, unless the holiday schedule says otherwise.
 */
class WorkingCalendarTest {

	private final WorkingCalendar calendar = HolidaySchedules.china2024And2025();

	@Test
	void aMakeUpWeekendDayIsAWorkingDay() {
		assertThat(this.calendar.isWorkingDay(date("2024-02-04"))).as("Sunday before 春节").isTrue();
		assertThat(this.calendar.isWorkingDay(date("2025-09-28"))).as("Sunday before 国庆").isTrue();
		assertThat(this.calendar.isWorkingDay(date("2025-10-11"))).as("Saturday after 国庆").isTrue();
		assertThat(this.calendar.listed(date("2024-02-04"))).map(CalendarDay::name).contains("春节调休上班");
	}

	@Test
	void aHolidayOnAWeekdayIsADayOff() {
		assertThat(this.calendar.isWorkingDay(date("2024-02-12"))).as("Monday of 春节").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2025-10-08"))).as("Wednesday, the 8th day of 国庆").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2025-01-01"))).as("元旦 on a Wednesday").isFalse();
	}

	@Test
	void anUnlistedDayCountsByItsWeekday() {
		assertThat(this.calendar.isWorkingDay(date("2024-02-09")))
			.as("除夕 2024 is a Friday the notice only encourages to take off")
			.isTrue();
		assertThat(this.calendar.isWorkingDay(date("2025-09-27"))).as("a plain Saturday").isFalse();
		assertThat(this.calendar.isWorkingDay(date("2027-10-01"))).as("a Friday of a year not yet published").isTrue();
		assertThat(this.calendar.listed(date("2025-09-27"))).isEmpty();
	}

	@Test
	void countsTheWorkingDaysAfterADayUpToAnother() {
		// 9-28 (make-up Sunday), 9-29, 9-30, then 10-1..10-8 off, 10-9, 10-10, 10-11
		// (make-up Saturday), 10-13
		assertThat(this.calendar.workingDaysUntil(date("2025-09-26"), date("2025-10-13"))).isEqualTo(7);
		assertThat(this.calendar.workingDaysUntil(date("2025-09-28"), date("2025-10-09"))).isEqualTo(3);
		assertThat(this.calendar.workingDaysUntil(date("2025-09-30"), date("2025-10-08"))).isZero();
		assertThat(this.calendar.workingDaysUntil(date("2025-09-30"), date("2025-10-09"))).isEqualTo(1);
		assertThat(this.calendar.workingDaysUntil(date("2024-02-09"), date("2024-02-18")))
			.as("Friday to make-up Sunday")
			.isEqualTo(1);
		assertThat(this.calendar.workingDaysUntil(date("2025-06-06"), date("2025-06-09"))).as("Friday to Monday")
			.isEqualTo(1);
	}

	@Test
	void noWorkingDaysUntilTheSameDayOrAnEarlierOne() {
		assertThat(this.calendar.workingDaysUntil(date("2025-09-29"), date("2025-09-29"))).isZero();
		assertThat(this.calendar.workingDaysUntil(date("2025-10-13"), date("2025-09-26"))).isZero();
	}

	@Test
	void aYearHasItsPublishedNumberOfWorkingDays() {
		assertThat(this.calendar.workingDaysUntil(date("2023-12-31"), date("2024-12-31"))).isEqualTo(251);
		assertThat(this.calendar.workingDaysUntil(date("2024-12-31"), date("2025-12-31"))).isEqualTo(248);
	}

	@Test
	void stepsOverHolidaysAndOntoMakeUpDays() {
		assertThat(this.calendar.plusWorkingDays(date("2025-09-30"), 1)).isEqualTo(date("2025-10-09"));
		assertThat(this.calendar.plusWorkingDays(date("2024-02-09"), 1)).isEqualTo(date("2024-02-18"));
		assertThat(this.calendar.plusWorkingDays(date("2025-09-26"), 7)).isEqualTo(date("2025-10-13"));
		assertThat(this.calendar.plusWorkingDays(date("2025-10-04"), 0)).isEqualTo(date("2025-10-04"));
	}

	@Test
	void fiveWorkingDaysBeforeADateRightAfterAHoliday() {
		// before 10-9: 9-30, 9-29, 9-28 (make-up Sunday), 9-26, 9-25
		assertThat(this.calendar.plusWorkingDays(date("2025-10-09"), -5)).isEqualTo(date("2025-09-25"));
		// before Monday 2024-02-19: 2-18 (make-up Sunday), 2-9, 2-8, 2-7, 2-6
		assertThat(this.calendar.plusWorkingDays(date("2024-02-19"), -5)).isEqualTo(date("2024-02-06"));
	}

	@Test
	void aDueDateIsWithinNWorkingDaysFromTheDayNoMoreComeBeforeIt() {
		LocalDate due = date("2025-10-09");
		assertThat(this.calendar.isWithinWorkingDays(date("2025-09-24"), due, 5)).as("6 working days").isFalse();
		assertThat(this.calendar.isWithinWorkingDays(date("2025-09-25"), due, 5)).as("5 working days").isTrue();
		assertThat(this.calendar.isWithinWorkingDays(date("2025-09-28"), due, 5)).as("3 working days").isTrue();
		assertThat(this.calendar.isWithinWorkingDays(due, due, 5)).as("the day itself").isTrue();
		assertThat(this.calendar.isWithinWorkingDays(due.plusDays(1), due, 5)).as("past").isFalse();
	}

	@Test
	void countingAndSteppingAgree() {
		for (LocalDate from = date("2024-01-20"); from.isBefore(date("2025-12-31")); from = from.plusDays(3)) {
			for (int n = 1; n <= 12; n++) {
				LocalDate stepped = this.calendar.plusWorkingDays(from, n);
				assertThat(this.calendar.isWorkingDay(stepped)).isTrue();
				assertThat(this.calendar.workingDaysUntil(from, stepped)).as("from %s by %d", from, n).isEqualTo(n);
				assertThat(this.calendar.workingDaysUntil(from, stepped.minusDays(1))).isEqualTo(n - 1);
			}
		}
	}

	@Test
	void withoutAScheduleEveryWeekdayWorks() {
		WorkingCalendar plain = WorkingCalendar.mondayToFriday();
		assertThat(plain.isWorkingDay(date("2025-10-01"))).isTrue();
		assertThat(plain.workingDaysUntil(date("2025-09-26"), date("2025-10-13"))).isEqualTo(11);
	}

	@Test
	void aDayIsListedOnceWithAName() {
		assertThatThrownBy(() -> new WorkingCalendar(
				List.of(CalendarDay.holiday(date("2025-10-01"), "国庆节"), CalendarDay.workday(date("2025-10-01"), "x"))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2025-10-01");
		assertThatThrownBy(() -> CalendarDay.holiday(date("2025-10-01"), " ")).hasMessageContaining("name");
		assertThatThrownBy(() -> CalendarDay.holiday(date("2025-10-01"), "节".repeat(51))).hasMessageContaining("50");
		assertThat(CalendarDay.holiday(date("2025-10-01"), " 国庆节 ").name()).isEqualTo("国庆节");
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
