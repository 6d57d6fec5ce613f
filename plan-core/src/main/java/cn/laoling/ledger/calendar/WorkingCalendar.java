package cn.laoling.ledger.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import cn.laoling.ledger.shared.Require;

/**
 * 工作日历: which days are working days in China. Monday to Friday, except that a listed day
 * of the holiday schedule wins: a 法定节假日 is a day off even on a weekday, a 调休上班 day a
 * working day even on a weekend. A day the schedule does not list (a year not yet
 * published, say) counts by its weekday.
 */
public final class WorkingCalendar {

	private final NavigableMap<LocalDate, CalendarDay> listed = new TreeMap<>();

	/**
	 * @param days the listed days; none twice
	 */
	public WorkingCalendar(Collection<CalendarDay> days) {
		for (CalendarDay day : Require.present(days, "days")) {
			if (this.listed.putIfAbsent(day.day(), day) != null) {
				throw new IllegalArgumentException("day " + day.day() + " is listed twice");
			}
		}
	}

	/** The plain week: Monday to Friday, no holidays. */
	public static WorkingCalendar mondayToFriday() {
		return new WorkingCalendar(List.of());
	}

	public boolean isWorkingDay(LocalDate day) {
		CalendarDay listedDay = this.listed.get(day);
		return (listedDay != null) ? listedDay.isWorkingDay() : isWeekday(day);
	}

	/** What the schedule lists for the day (春节, 春节调休上班), if anything. */
	public Optional<CalendarDay> listed(LocalDate day) {
		return Optional.ofNullable(this.listed.get(day));
	}

	/** The listed days, in order. */
	public List<CalendarDay> days() {
		return List.copyOf(this.listed.values());
	}

	/**
	 * How many working days come after one date up to and including another: on a Friday,
	 * the next Monday is 1 working day away. Zero when the second date is not after the
	 * first.
	 */
	public int workingDaysUntil(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		int count = weekdaysUntil(from, to);
		for (CalendarDay day : this.listed.subMap(from, false, to, true).values()) {
			boolean weekday = isWeekday(day.day());
			if (weekday && !day.isWorkingDay()) {
				count--;
			}
			else if (!weekday && day.isWorkingDay()) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The n-th working day after the date (n &gt; 0) or before it (n &lt; 0); the date
	 * itself for 0, working day or not.
	 */
	public LocalDate plusWorkingDays(LocalDate from, int n) {
		int step = (n < 0) ? -1 : 1;
		LocalDate day = from;
		for (int left = Math.abs(n); left > 0;) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * Whether a due date is at most n working days away: it is today or later, and no
	 * more than n working days come after today up to it. A date just after a long
	 * holiday is so only n working days before, however many days off lie between.
	 */
	public boolean isWithinWorkingDays(LocalDate today, LocalDate due, int n) {
		return !due.isBefore(today) && workingDaysUntil(today, due) <= n;
	}

	private static int weekdaysUntil(LocalDate from, LocalDate to) {
		long days = ChronoUnit.DAYS.between(from, to);
		long count = days / 7 * 5;
		for (LocalDate day = from.plusDays(days / 7 * 7 + 1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWeekday(day)) {
				count++;
			}
		}
		return Math.toIntExact(count);
	}

	private static boolean isWeekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
