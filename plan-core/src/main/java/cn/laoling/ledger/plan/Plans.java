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
	 * Saves a plan; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	Plan save(Plan plan);

}
