package cn.laoling.ledger.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The State Council's holiday schedules for 2024 (国办发明电〔2023〕7号) and 2025
 * (国办发明电〔2024〕12号), as the migration seeds them.
 */
public final class HolidaySchedules {

	private final List<CalendarDay> days = new ArrayList<>();

	private HolidaySchedules() {
	}

	/** 2024 and 2025. */
	public static WorkingCalendar china2024And2025() {
		return new HolidaySchedules().off("元旦", "2024-01-01", "2024-01-01")
			.off("春节", "2024-02-10", "2024-02-17")
			.work("春节调休上班", "2024-02-04", "2024-02-18")
			.off("清明节", "2024-04-04", "2024-04-06")
			.work("清明节调休上班", "2024-04-07")
			.off("劳动节", "2024-05-01", "2024-05-05")
			.work("劳动节调休上班", "2024-04-28", "2024-05-11")
			.off("端午节", "2024-06-10", "2024-06-10")
			.off("中秋节", "2024-09-15", "2024-09-17")
			.work("中秋节调休上班", "2024-09-14")
			.off("国庆节", "2024-10-01", "2024-10-07")
			.work("国庆节调休上班", "2024-09-29", "2024-10-12")
			.off("元旦", "2025-01-01", "2025-01-01")
			.off("春节", "2025-01-28", "2025-02-04")
			.work("春节调休上班", "2025-01-26", "2025-02-08")
			.off("清明节", "2025-04-04", "2025-04-06")
			.off("劳动节", "2025-05-01", "2025-05-05")
			.work("劳动节调休上班", "2025-04-27")
			.off("端午节", "2025-05-31", "2025-06-02")
			.off("国庆节、中秋节", "2025-10-01", "2025-10-08")
			.work("国庆节、中秋节调休上班", "2025-09-28", "2025-10-11")
			.calendar();
	}

	private HolidaySchedules off(String name, String first, String last) {
		for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
			this.days.add(CalendarDay.holiday(day, name));
		}
		return this;
	}

	private HolidaySchedules work(String name, String... days) {
		for (String day : days) {
			this.days.add(CalendarDay.workday(LocalDate.parse(day), name));
		}
		return this;
	}

	private WorkingCalendar calendar() {
		return new WorkingCalendar(this.days);
	}

}
