package cn.laoling.ledger.overview;

import java.util.List;
import java.util.Set;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.unit.UnitId;

/**
 * The kept standings of the plans' tasks that name at least one unit of each set in
 * {@code involving}, and of those tasks the reports owed by {@code reportsOf} (every unit
 * when {@code null}).
 */
public record StandingQuery(List<PlanId> plans, List<Set<UnitId>> involving, Set<UnitId> reportsOf) {

	public StandingQuery {
		plans = List.copyOf(plans);
		involving = List.copyOf(involving);
		reportsOf = (reportsOf == null) ? null : Set.copyOf(reportsOf);
	}

}
