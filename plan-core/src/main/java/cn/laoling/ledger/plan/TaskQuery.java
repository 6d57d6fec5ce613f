package cn.laoling.ledger.plan;

import java.util.Optional;
import java.util.Set;

import cn.laoling.ledger.unit.UnitId;

/**
 * A filter over one plan's ledger.
 *
 * @param planId the plan
 * @param units tasks involving any of these units (a unit with the groups containing it),
 * or empty for all
 * @param status tasks of this status only, if given
 * @param text tasks whose text contains this, if given
 */
public record TaskQuery(PlanId planId, Set<UnitId> units, Optional<TaskStatus> status, Optional<String> text) {

	public TaskQuery {
		units = Set.copyOf(units);
		text = text.map(String::strip).filter((t) -> !t.isEmpty());
	}

	public static TaskQuery all(PlanId planId) {
		return new TaskQuery(planId, Set.of(), Optional.empty(), Optional.empty());
	}

}
