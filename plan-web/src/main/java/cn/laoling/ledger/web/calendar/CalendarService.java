package cn.laoling.ledger.web.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.calendar.CalendarDay;
import cn.laoling.ledger.calendar.CalendarDays;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * 工作日历: the State Council's holidays and make-up working days, which the reminders count
 * working days by; the office adds next year's schedule when it is published.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('OFFICE')")
public class CalendarService {

	private final CalendarDays days;

	private final AuditTrail audit;

	CalendarService(CalendarDays days, AuditTrail audit) {
		this.days = days;
		this.audit = audit;
	}

	public List<CalendarDay> year(int year) {
		return this.days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Transactional
	public void save(CalendarDay day) {
		Optional<CalendarDay> before = this.days.find(day.day());
		this.days.save(day);
		this.audit.change(AuditType.CALENDAR_CHANGED, this.audit.names().calendarDay(day.day()),
				this.audit.changes()
					.coded("calendar.kind", before.map((d) -> "calendar.kind." + d.kind()).orElse(null),
							"calendar.kind." + day.kind())
					.field("calendar.name", before.map(CalendarDay::name).orElse(null), day.name())
					.toString());
	}

	@Transactional
	public void delete(LocalDate day) {
		this.days.find(day).orElseThrow(() -> new NotFoundException("calendarDay", day));
		this.days.delete(day);
		this.audit.change(AuditType.CALENDAR_CHANGED, this.audit.names().calendarDay(day), "deleted");
	}

}
