package cn.laoling.ledger.notice;

import java.math.BigDecimal;

import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.shared.NumberText;

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
		goal = NumberText.plain(goal);
		expected = NumberText.plain(expected);
		actual = NumberText.plain(actual);
		rate = NumberText.plain(rate);
	}

}
