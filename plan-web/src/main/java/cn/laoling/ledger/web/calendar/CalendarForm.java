package cn.laoling.ledger.web.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.laoling.ledger.calendar.CalendarDay;
import cn.laoling.ledger.calendar.DayKind;

/** A day the office adds to, or changes in, the holiday schedule. */
public class CalendarForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@NotNull
	private DayKind kind = DayKind.HOLIDAY;

	@NotBlank
	@Size(max = CalendarDay.MAX_NAME)
	private String name;

	public CalendarDay toDay() {
		return new CalendarDay(this.day, this.kind, this.name);
	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public DayKind getKind() {
		return this.kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
