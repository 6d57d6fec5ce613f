package cn.laoling.ledger.calendar;

import java.time.LocalDate;

import cn.laoling.ledger.shared.Require;

/**
 * One day of the State Council's holiday schedule (节假日安排): a day off
 * ({@code 2024-02-12 春节}) or a make-up working day ({@code 2024-02-04 春节调休上班}).
 */
public record CalendarDay(LocalDate day, DayKind kind, String name) {

	public static final int MAX_NAME = 50;

	public CalendarDay {
		Require.present(day, "day");
		Require.present(kind, "kind");
		name = Require.text(name, "name", MAX_NAME);
	}

	public static CalendarDay holiday(LocalDate day, String name) {
		return new CalendarDay(day, DayKind.HOLIDAY, name);
	}

	public static CalendarDay workday(LocalDate day, String name) {
		return new CalendarDay(day, DayKind.WORKDAY, name);
	}

	public boolean isWorkingDay() {
		return this.kind == DayKind.WORKDAY;
	}

}
