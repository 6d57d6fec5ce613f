package cn.laoling.ledger.web.task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * 指标分解 as the office types it: one line per unit that reports a part of the task, a blank
 * (or 0) amount for a unit without a share.
 */
public class QuotaForm {

	private long version;

	@Valid
	private List<Line> lines = new ArrayList<>();

	public static class Line {

		@NotNull
		private Long unitId;

		@DecimalMin("0")
		@Digits(integer = 12, fraction = 4)
		private BigDecimal amount;

		public Line() {
		}

		Line(long unitId, BigDecimal amount) {
			this.unitId = unitId;
			this.amount = amount;
		}

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
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
