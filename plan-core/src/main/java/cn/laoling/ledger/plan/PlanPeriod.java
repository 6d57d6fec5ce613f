package cn.laoling.ledger.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.laoling.ledger.shared.Require;

/**
 * The period a plan covers: one year ({@code 2022年}) or several ({@code 2023-2025年}).
 */
public record PlanPeriod(LocalDate start, LocalDate end) {

	public PlanPeriod {
		Require.present(start, "period start");
		Require.present(end, "period end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("period end " + end + " is before its start " + start);
		}
	}

	/** The calendar years from {@code firstYear} to {@code lastYear}, both whole. */
	public static PlanPeriod years(int firstYear, int lastYear) {
		return new PlanPeriod(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
	}

	public static PlanPeriod year(int year) {
		return years(year, year);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.start, this.end) + 1;
	}

	public boolean isSingleYear() {
		return this.start.getYear() == this.end.getYear();
	}

}
