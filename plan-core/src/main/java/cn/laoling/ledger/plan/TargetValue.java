package cn.laoling.ledger.plan;

import java.math.BigDecimal;

import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.shared.Require;

/**
 * The number a target names: one amount ({@code 26}) or a range ({@code 4-5}), kept in
 * its plainest form ({@link NumberText#plain}).
 */
public sealed interface TargetValue {

	/**
	 * The value progress is measured against: the amount, or the upper end of a range.
	 */
	BigDecimal goal();

	static TargetValue of(BigDecimal low, BigDecimal high) {
		return (high == null || high.compareTo(low) == 0) ? new Amount(low) : new Range(low, high);
	}

	record Amount(BigDecimal value) implements TargetValue {

		public Amount {
			Require.present(value, "target value");
			if (value.signum() < 0) {
				throw new IllegalArgumentException("target value must not be negative, was " + value);
			}
			value = NumberText.plain(value);
		}

		@Override
		public BigDecimal goal() {
			return this.value;
		}

	}

	record Range(BigDecimal low, BigDecimal high) implements TargetValue {

		public Range {
			Require.present(low, "target range low");
			Require.present(high, "target range high");
			if (low.signum() < 0) {
				throw new IllegalArgumentException("target range low must not be negative, was " + low);
			}
			if (high.compareTo(low) <= 0) {
				throw new IllegalArgumentException("target range high " + high + " must exceed its low " + low);
			}
			low = NumberText.plain(low);
			high = NumberText.plain(high);
		}

		@Override
		public BigDecimal goal() {
			return this.high;
		}

	}

}
