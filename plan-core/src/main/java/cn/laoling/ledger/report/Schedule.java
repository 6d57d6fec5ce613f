package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;

/**
 * 序时进度: how much of a target should be done by a given day — the target times the elapsed
 * share of its window. A one-off target's window runs from the plan's start to the task's
 * last deadline; a yearly one's is the year, a quarterly one's the quarter, each within
 * the plan's period. Days count whole: on a window's first day one day of it has passed,
 * on its last day all of it.
 */
public final class Schedule {

	static final int SCALE = 6;

	private Schedule() {
	}

	/** The days a target is measured over, as of the day. */
	public record Window(LocalDate start, LocalDate end) {

		/** The share of the window elapsed by the end of the day, from 0 to 1. */
		public BigDecimal elapsedShare(LocalDate day) {
			return part(BigDecimal.ONE, day);
		}

		/** That share of an amount, without rounding the share first. */
		BigDecimal part(BigDecimal amount, LocalDate day) {
			if (day.isBefore(this.start)) {
				return BigDecimal.ZERO.setScale(SCALE);
			}
			if (!day.isBefore(this.end)) {
				return amount.setScale(SCALE, RoundingMode.HALF_UP);
			}
			long passed = ChronoUnit.DAYS.between(this.start, day) + 1;
			long length = ChronoUnit.DAYS.between(this.start, this.end) + 1;
			return amount.multiply(BigDecimal.valueOf(passed))
				.divide(BigDecimal.valueOf(length), SCALE, RoundingMode.HALF_UP);
		}

	}

	public static Window windowOf(Target target, PlanPeriod plan, Deadline due, LocalDate day) {
		LocalDate inPlan = day.isBefore(plan.start()) ? plan.start() : day.isAfter(plan.end()) ? plan.end() : day;
		return switch (target.recurrence()) {
			case ONCE -> new Window(plan.start(), due.date().isBefore(plan.start()) ? plan.start() : due.date());
			case PER_YEAR -> within(plan, LocalDate.of(inPlan.getYear(), 1, 1), LocalDate.of(inPlan.getYear(), 12, 31));
			case PER_QUARTER -> within(plan, Quarter.of(inPlan).start(), Quarter.of(inPlan).end());
		};
	}

	/** The value the target should have reached by the end of the day. */
	public static BigDecimal expected(Target target, PlanPeriod plan, Deadline due, LocalDate day) {
		return windowOf(target, plan, due, day).part(target.value().goal(), day);
	}

	private static Window within(PlanPeriod plan, LocalDate start, LocalDate end) {
		return new Window(start.isBefore(plan.start()) ? plan.start() : start,
				end.isAfter(plan.end()) ? plan.end() : end);
	}

}
