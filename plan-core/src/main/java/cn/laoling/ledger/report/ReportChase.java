package cn.laoling.ledger.report;

import java.time.Instant;
import java.time.LocalDate;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * 催报: the lead unit of a task asks a responsible unit that owes its part of a period for
 * it. A unit is chased about a task's period at most once a day.
 *
 * @param on the day it was chased, in the office's time zone
 * @param by the lead unit's liaison who chased
 */
public record ReportChase(TaskId task, ReportingPeriodId period, UnitId unit, LocalDate on, String by, Instant at) {

	public ReportChase {
		Require.present(task, "task");
		Require.present(period, "period");
		Require.present(unit, "unit");
		Require.present(on, "on");
		by = Require.text(by, "by", 100);
		Require.present(at, "at");
	}

}
