package cn.laoling.ledger.web.task;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Recurrence;

/** One target line of the task form; a line left blank is no target. */
public class TargetRow implements Serializable {

	@Size(max = 100)
	private String counted;

	private Comparator comparator = Comparator.EXACTLY;

	@DecimalMin("0")
	private BigDecimal low;

	@DecimalMin("0")
	private BigDecimal high;

	@Size(max = 10)
	private String measure;

	private Recurrence recurrence = Recurrence.ONCE;

	public boolean isBlank() {
		return (this.counted == null || this.counted.isBlank()) && this.low == null && this.high == null
				&& (this.measure == null || this.measure.isBlank());
	}

	public String getCounted() {
		return this.counted;
	}

	public void setCounted(String counted) {
		this.counted = counted;
	}

	public Comparator getComparator() {
		return this.comparator;
	}

	public void setComparator(Comparator comparator) {
		this.comparator = comparator;
	}

	public BigDecimal getLow() {
		return this.low;
	}

	public void setLow(BigDecimal low) {
		this.low = low;
	}

	public BigDecimal getHigh() {
		return this.high;
	}

	public void setHigh(BigDecimal high) {
		this.high = high;
	}

	public String getMeasure() {
		return this.measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public Recurrence getRecurrence() {
		return this.recurrence;
	}

	public void setRecurrence(Recurrence recurrence) {
		this.recurrence = recurrence;
	}

}
