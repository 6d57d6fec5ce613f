package cn.laoling.ledger.web.plan;

import java.util.List;

import cn.laoling.ledger.report.StandingCounts;

/**
 * The 工作台账 of one plan: its rows grouped under their sections, as filtered, and how many
 * of them stand where in the period the plan is in today.
 */
public record LedgerView(PlanSummary plan, List<LedgerSection> sections, int shown, StandingCounts counts,
		List<UnitOption> units) {

	public record LedgerSection(String heading, List<TaskRow> rows) {
	}

	public record UnitOption(long id, String name) {
	}

}
