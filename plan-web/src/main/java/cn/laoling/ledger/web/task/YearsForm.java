package cn.laoling.ledger.web.task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * 年度分解 as the office types it: a line per year of the plan, a blank (or 0) amount for a
 * year without a share.
 */
public class YearsForm {

	private long version;

	@Valid
	private List<Line> lines = new ArrayList<>();

	public static class Line {

		@NotNull
		private Integer year;

		@DecimalMin("0")
		@Digits(integer = 12, fraction = 4)
		private BigDecimal amount;

		public Line() {
		}

		Line(int year, BigDecimal amount) {
			this.year = year;
			this.amount = amount;
		}

		public Integer getYear() {
			return this.year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Line> getLines() {
		return this.lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

}
