package cn.laoling.ledger.web.plan;

import java.util.List;

/** The 工作台账 of one plan: its rows grouped under their sections, as filtered. */
public record LedgerView(PlanSummary plan, List<LedgerSection> sections, int shown, List<UnitOption> units) {

	public record LedgerSection(String heading, List<TaskRow> rows) {
	}

	public record UnitOption(long id, String name) {
	}

}
