package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.unit.UnitId;

/**
 * One unit's share of a split target on a day: its quota, the cumulative figure it
 * reported, what 序时 asks of its quota, and its light, judged by the same rule as a task
 * ({@link Assessment}) with the quota as the target. A unit that has not reported is 未报送
 * (grey, red once the task is overdue); one that has reached its quota is done.
 *
 * @param reported the unit's figure, {@code null} when it gave none
 * @param expected what its quota asks for by the day
 */
public record ShareProgress(UnitId unit, BigDecimal quota, BigDecimal reported, BigDecimal expected, Standing standing,
		Light light) {

	public static ShareProgress of(Target target, TargetSplit split, UnitId unit, BigDecimal reported, PlanPeriod plan,
			Deadline due, LocalDate day, LightRules rules) {
		Target share = split.shareOf(target, unit);
		BigDecimal expected = Schedule.expected(share, plan, due, day);
		if (reported == null) {
			return new ShareProgress(unit, share.value().goal(), null, expected, Standing.UNREPORTED,
					due.isOverdueOn(day) ? Light.RED : Light.GREY);
		}
		boolean reached = reported.compareTo(share.value().goal()) >= 0;
		Assessment judged = Assessment.of(List.of(share), List.of(reported),
				reached ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS, false, due, plan, day, rules);
		return new ShareProgress(unit, share.value().goal(), reported, expected,
				reached ? Standing.COMPLETED : judged.standing(), reached ? Light.COMPLETED : judged.light());
	}

	public boolean isBehind() {
		return this.standing == Standing.BEHIND || this.light == Light.RED;
	}

}
