package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.laoling.ledger.shared.NumberText;

/**
 * 完成数: the cumulative value a report gives for one target — a number, or for a rate its
 * numerator and denominator (规范管理人数 / 老年人数).
 */
public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

	/**
	 * Numbers are kept in their plainest form, so that 10, 10.0 and 1E+1 are one figure.
	 */
	public Figure {
		value = NumberText.plain(value);
		numerator = NumberText.plain(numerator);
		denominator = NumberText.plain(denominator);
	}

	public static Figure of(BigDecimal value) {
		return new Figure(value, null, null);
	}

	public static Figure rate(BigDecimal numerator, BigDecimal denominator) {
		return new Figure(null, numerator, denominator);
	}

	public static Figure none() {
		return new Figure(null, null, null);
	}

	public boolean isGiven() {
		return this.value != null || (this.numerator != null && this.denominator != null);
	}

	public boolean isFraction() {
		return this.value == null && this.numerator != null && this.denominator != null;
	}

	/**
	 * The value, or the fraction as a percentage; {@code null} when not given or not a
	 * number.
	 */
	public BigDecimal amount() {
		if (this.value != null) {
			return this.value;
		}
		if (isFraction() && this.denominator.signum() > 0) {
			return this.numerator.multiply(BigDecimal.valueOf(100))
				.divide(this.denominator, NumberText.COMPUTED_DECIMALS, RoundingMode.HALF_UP);
		}
		return null;
	}

}
