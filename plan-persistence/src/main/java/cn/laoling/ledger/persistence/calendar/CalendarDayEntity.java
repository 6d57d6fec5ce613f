package cn.laoling.ledger.persistence.calendar;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.laoling.ledger.calendar.DayKind;

@Entity
@Table(name = "calendar_day")
class CalendarDayEntity {

	@Id
	LocalDate day;

	@Enumerated(EnumType.STRING)
	DayKind kind;

	String name;

	@Version
	long version;

}
