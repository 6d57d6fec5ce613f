package cn.laoling.ledger.persistence.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.calendar.CalendarDay;
import cn.laoling.ledger.calendar.CalendarDays;
import cn.laoling.ledger.shared.StaleEditException;

@Repository
@Transactional(readOnly = true)
class JpaCalendarDays implements CalendarDays {

	private static final String AGGREGATE = "calendarDay";

	private final CalendarDayRepository repository;

	private final EntityManager entityManager;

	JpaCalendarDays(CalendarDayRepository repository, EntityManager entityManager) {
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Override
	public List<CalendarDay> between(LocalDate from, LocalDate to) {
		return this.repository.findByDayBetweenOrderByDay(from, to).stream().map(JpaCalendarDays::toDomain).toList();
	}

	@Override
	public Optional<CalendarDay> find(LocalDate day) {
		return this.repository.findById(day).map(JpaCalendarDays::toDomain);
	}

	@Override
	@Transactional
	public void save(CalendarDay day) {
		Optional<CalendarDayEntity> listed = this.repository.findById(day.day());
		CalendarDayEntity entity = listed.orElseGet(CalendarDayEntity::new);
		entity.day = day.day();
		entity.kind = day.kind();
		entity.name = day.name();
		try {
			if (listed.isEmpty()) {
				// the day is its own id: a new row is persisted, not merged
				this.entityManager.persist(entity);
			}
			this.repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// someone listed the same day at the same moment
			throw new StaleEditException(AGGREGATE, day.day(), ex);
		}
	}

	@Override
	@Transactional
	public void delete(LocalDate day) {
		this.repository.deleteById(day);
	}

	private static CalendarDay toDomain(CalendarDayEntity e) {
		return new CalendarDay(e.day, e.kind, e.name);
	}

}
