package cn.laoling.ledger.persistence.plan;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One year's share of a task's target, a row of {@code target_year}. */
@Embeddable
class YearEmbeddable {

	@Column(name = "target_position")
	int target;

	int year;

	BigDecimal planned;

	BigDecimal carried;

	@Override
	public boolean equals(Object other) {
		return other instanceof YearEmbeddable that && this.target == that.target && this.year == that.year
				&& this.planned.compareTo(that.planned) == 0 && this.carried.compareTo(that.carried) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.target, this.year, this.planned.stripTrailingZeros(),
				this.carried.stripTrailingZeros());
	}

}
