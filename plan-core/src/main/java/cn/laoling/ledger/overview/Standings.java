package cn.laoling.ledger.overview;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

import cn.laoling.ledger.plan.PlanId;

/**
 * The standings kept for the overview, a plan at a time. Whatever a plan's standing is
 * computed from records a change to it, so a kept standing is current until the plan
 * changes or the day moves.
 */
public interface Standings {

	/**
	 * The plans among these whose standing is not kept for the day under the rules, or
	 * has changed since.
	 */
	List<PlanId> stale(Collection<PlanId> plans, LocalDate day, String rules);

	/**
	 * Holds the plan's standing until the transaction ends and returns the changes to it
	 * not yet taken in; read the plan after this.
	 */
	List<Long> claim(PlanId plan);

	/** Keeps these as the plan's standing and forgets the claimed changes. */
	void replace(PlanId plan, LocalDate day, String rules, List<TaskStanding> tasks, List<Long> claimed);

	/** The kept task states, by plan and position. */
	List<TaskState> find(StandingQuery query);

	/** The reports owed on the tasks found, by unit. */
	List<Overview.UnitReporting> reporting(StandingQuery query);

	/**
	 * The generation of the plans' kept standings: it grows whenever one of them is kept
	 * again.
	 */
	long generation(Collection<PlanId> plans);

	/**
	 * The {@link #generation} of the plans when none is {@link #stale}, else empty: what
	 * a page asks on every request, in one question.
	 */
	OptionalLong generationIfCurrent(Collection<PlanId> plans, LocalDate day, String rules);

	/** Forgets changes recorded for plans that no longer exist. */
	void prune();

}
