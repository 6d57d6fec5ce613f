package cn.laoling.ledger.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.region.RegionId;

/** Port: where plans are kept. */
public interface Plans {

	Optional<Plan> findById(PlanId id);

	/** Plans of the given regions, newest period first. */
	List<Plan> findAllIn(Collection<RegionId> regions);

	Optional<PlanHead> headOf(PlanId id);

	/**
	 * The heads of the plans of the given regions, in the order of {@link #findAllIn}.
	 */
	List<PlanHead> headsIn(Collection<RegionId> regions);

	Optional<Plan> findByTitle(RegionId region, String title);

	/**
	 * Whether units worked on the plan or were told of it: a report submitted on one of
	 * its tasks, a notice of it, a prompt about one of its tasks, an extension request, a
	 * unit chased (催报). Such a plan is kept with its history. Progress the office
	 * imported from a progress table is not: a plan imported by mistake is deleted with
	 * it.
	 */
	boolean isOnRecord(PlanId id);

	/**
	 * Deletes the plan with its sections, tasks, reporting periods and whatever was kept
	 * of them, if it is still at the version seen; otherwise throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	void delete(PlanId id, long seenVersion);

	/**
	 * Saves a plan; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	Plan save(Plan plan);

}
