package cn.laoling.ledger.web.task;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** One written deadline of the task form; a line left blank is none. */
public class DeadlineRow implements Serializable {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Size(max = 50)
	private String wording;

	public boolean isBlank() {
		return this.date == null && (this.wording == null || this.wording.isBlank());
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getWording() {
		return this.wording;
	}

	public void setWording(String wording) {
		this.wording = wording;
	}

}
