package cn.laoling.ledger.persistence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.calendar.CalendarDay;
import cn.laoling.ledger.calendar.CalendarDays;
import cn.laoling.ledger.calendar.DayKind;
import cn.laoling.ledger.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class CalendarPersistenceTest {

	/** Far beyond the seeded years, so that the round trips leave the seed alone. */
	private static final LocalDate SCRATCH = LocalDate.of(2031, 1, 1);

	@Autowired
	CalendarDays days;

	@Test
	void theStateCouncilsSchedulesAreSeeded() {
		assertThat(this.days.find(date("2024-02-04")))
			.contains(new CalendarDay(date("2024-02-04"), DayKind.WORKDAY, "春节调休上班"));
		assertThat(this.days.find(date("2025-10-08")))
			.contains(new CalendarDay(date("2025-10-08"), DayKind.HOLIDAY, "国庆节、中秋节"));
		assertThat(this.days.find(date("2022-12-31"))).map(CalendarDay::name).as("2023's 元旦").contains("元旦");
		assertThat(this.days.find(date("2024-02-09"))).as("除夕 2024 was not a day off").isEmpty();
		assertThat(this.days.between(date("2026-01-01"), date("2026-12-31"))).hasSize(39)
			.filteredOn((d) -> d.kind() == DayKind.WORKDAY)
			.extracting(CalendarDay::day)
			.containsExactly(date("2026-01-04"), date("2026-02-14"), date("2026-02-28"), date("2026-05-09"),
					date("2026-09-20"), date("2026-10-10"));
		assertThat(this.days.between(date("2022-01-01"), date("2026-12-31"))).hasSize(180)
			.filteredOn(CalendarDay::isWorkingDay)
			.allSatisfy((d) -> assertThat(d.day().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
	}

	@Test
	void eachYearTakesItsStatutoryDaysOffTheWorkingWeek() {
		WorkingCalendar calendar = this.days.calendar(date("2022-01-01"), date("2026-12-31"));

		// weekdays of the year less 11 statutory days (13 from 2025), every 调休 made up
		assertThat(List.of(2022, 2023, 2024, 2025, 2026))
			.map((year) -> calendar.workingDaysUntil(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)))
			.containsExactly(260 - 11, 260 - 11, 262 - 11, 261 - 13, 261 - 13);
	}

	@Test
	void theCalendarCountsWorkingDaysAcrossAHoliday() {
		WorkingCalendar calendar = this.days.calendar(date("2025-09-01"), date("2025-10-31"));

		assertThat(calendar.isWorkingDay(date("2025-09-28"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2025-10-08"))).isFalse();
		assertThat(calendar.workingDaysUntil(date("2025-09-26"), date("2025-10-13"))).isEqualTo(7);
		assertThat(calendar.plusWorkingDays(date("2025-10-09"), -5)).isEqualTo(date("2025-09-25"));
	}

	@Test
	void aDayIsListedReplacedAndTakenOff() {
		this.days.save(CalendarDay.holiday(SCRATCH, "元旦"));
		assertThat(this.days.find(SCRATCH)).contains(CalendarDay.holiday(SCRATCH, "元旦"));

		this.days.save(CalendarDay.workday(SCRATCH, "调休上班"));
		assertThat(this.days.between(SCRATCH, SCRATCH.plusDays(30)))
			.containsExactly(CalendarDay.workday(SCRATCH, "调休上班"));

		this.days.delete(SCRATCH);
		assertThat(this.days.find(SCRATCH)).isEmpty();
		this.days.delete(SCRATCH);
		assertThat(this.days.calendar(SCRATCH, SCRATCH).isWorkingDay(SCRATCH)).as("a plain Wednesday").isTrue();
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
