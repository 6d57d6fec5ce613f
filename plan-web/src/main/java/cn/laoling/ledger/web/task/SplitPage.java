package cn.laoling.ledger.web.task;

import java.math.BigDecimal;
import java.util.List;

import cn.laoling.ledger.web.plan.PlanSummary;
import cn.laoling.ledger.web.plan.TaskRow;

/**
 * What the office's 指标分解 page shows around its form.
 *
 * @param target the target written out
 * @param units the units that report a part of the task, in the form's order
 * @param warnings what a sheet read into the form could not use, one line each
 */
public record SplitPage(TaskRow task, PlanSummary plan, int position, String target, String measure, BigDecimal goal,
		List<Option> units, List<String> warnings) {

	public SplitPage {
		units = List.copyOf(units);
		warnings = List.copyOf(warnings);
	}

	public record Option(long id, String name) {
	}

	SplitPage withWarnings(List<String> found) {
		return new SplitPage(this.task, this.plan, this.position, this.target, this.measure, this.goal, this.units,
				found);
	}

}
