package cn.laoling.ledger.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where the days of the holiday schedule are kept. */
public interface CalendarDays {

	/** The listed days from one date to another, both included, in order. */
	List<CalendarDay> between(LocalDate from, LocalDate to);

	Optional<CalendarDay> find(LocalDate day);

	/** Lists the day, replacing what was listed for it. */
	void save(CalendarDay day);

	/** Takes the day off the list, if it is there: it is then an ordinary day. */
	void delete(LocalDate day);

	/**
	 * The working calendar of the days from one date to another; outside them it counts
	 * Monday to Friday, so take a span that covers every day you will ask about.
	 */
	default WorkingCalendar calendar(LocalDate from, LocalDate to) {
		return new WorkingCalendar(between(from, to));
	}

}
