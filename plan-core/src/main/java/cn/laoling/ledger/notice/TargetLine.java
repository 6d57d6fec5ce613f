package cn.laoling.ledger.notice;

import java.math.BigDecimal;

import cn.laoling.ledger.report.Standing;

/**
 * A row of the quantitative targets table: a task's target, what 序时进度 expects by the day,
 * and what was reported.
 *
 * @param actual the reported value, {@code null} when none was
 * @param rate the actual value as a percentage of the goal, {@code null} when none was
 * reported
 * @param standing against 序时, {@code null} when nothing was reported
 */
public record TargetLine(String taskNumber, String description, String symbol, BigDecimal goal, BigDecimal expected,
		BigDecimal actual, BigDecimal rate, Standing standing) {

	public TargetLine {
		goal = plain(goal);
		expected = plain(expected);
		actual = plain(actual);
		rate = plain(rate);
	}

	/**
	 * Written without trailing zeros and without an exponent: {@code 1500},
	 * {@code 12.89}.
	 */
	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
