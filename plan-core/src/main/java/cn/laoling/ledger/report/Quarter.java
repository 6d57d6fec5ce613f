package cn.laoling.ledger.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** 季度: a calendar quarter, the usual reporting cycle of a plan. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("a quarter is numbered 1 to 4, was " + number);
		}
	}

	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate start() {
		return LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
	}

	public LocalDate end() {
		return lastMonth().atEndOfMonth();
	}

	/** The quarter's last month, in which its reports are usually due. */
	public YearMonth lastMonth() {
		return YearMonth.of(this.year, this.number * 3);
	}

	public Quarter next() {
		return (this.number == 4) ? new Quarter(this.year + 1, 1) : new Quarter(this.year, this.number + 1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start()) && !day.isAfter(end());
	}

	@Override
	public int compareTo(Quarter other) {
		return (this.year != other.year) ? Integer.compare(this.year, other.year)
				: Integer.compare(this.number, other.number);
	}

	@Override
	public String toString() {
		return this.year + "Q" + this.number;
	}

}
