package cn.laoling.ledger.web.period;

import java.util.List;

import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.web.plan.PlanSummary;

/**
 * A plan's reporting periods with, for the chosen one, how completely each unit reported.
 *
 * @param chosen the period whose completeness is shown
 */
public record PeriodsPage(PlanSummary plan, List<ReportingPeriod> periods, ReportingPeriod chosen,
		List<UnitLine> units) {

	/** One unit's reports in the chosen period. */
	public record UnitLine(String unit, int due, int onTime, int late, int missing) {
	}

	public int getDue() {
		return this.units.stream().mapToInt(UnitLine::due).sum();
	}

	public int getMissing() {
		return this.units.stream().mapToInt(UnitLine::missing).sum();
	}

}
