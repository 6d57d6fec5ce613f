package cn.laoling.ledger.persistence.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDayEntity, LocalDate> {

	List<CalendarDayEntity> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

}
