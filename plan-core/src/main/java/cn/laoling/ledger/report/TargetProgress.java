package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetYears;

/**
 * One target measured against its 序时进度.
 *
 * @param actual the cumulative value reported
 * @param expected the value 序时进度 asks for by the day
 * @param pointsBehind percentage points of the target the actual value is behind the
 * expected one; negative when ahead
 */
public record TargetProgress(Target target, BigDecimal actual, BigDecimal expected, BigDecimal pointsBehind,
		Standing standing) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static TargetProgress of(Target target, BigDecimal actual, PlanPeriod plan, Deadline due, LocalDate day,
			LightRules rules) {
		BigDecimal goal = target.value().goal();
		BigDecimal expected = Schedule.expected(target, plan, due, day);
		BigDecimal behind;
		if (target.comparator() == Comparator.AT_MOST) {
			// a ceiling (控制在…以内) is kept or not; the share of the year does not apply
			behind = (actual.compareTo(goal) > 0) ? points(actual.subtract(goal), goal) : BigDecimal.ZERO;
			expected = goal;
		}
		else {
			behind = points(expected.subtract(actual), goal);
		}
		return new TargetProgress(target, actual, expected, behind, standing(behind, rules));
	}

	/**
	 * A cumulative figure against what the target is measured by on the day: for a target
	 * divided by year, the year's share from where the year started.
	 */
	public static TargetProgress of(TargetYears.Yardstick yardstick, BigDecimal cumulative, LocalDate day,
			LightRules rules) {
		return of(yardstick.target(), yardstick.counted(cumulative), yardstick.window(), yardstick.due(), day, rules);
	}

	static Standing standing(BigDecimal behind, LightRules rules) {
		if (behind.compareTo(BigDecimal.valueOf(rules.yellowFrom())) >= 0) {
			return Standing.BEHIND;
		}
		return (behind.negate().compareTo(BigDecimal.valueOf(rules.aheadFrom())) >= 0) ? Standing.AHEAD
				: Standing.ON_SCHEDULE;
	}

	private static BigDecimal points(BigDecimal difference, BigDecimal goal) {
		if (goal.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return difference.multiply(HUNDRED).divide(goal, 2, RoundingMode.HALF_UP);
	}

}
