package cn.laoling.ledger.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laoling.ledger.plan.PlanId;

/** Port: where reporting periods are kept. */
public interface ReportingPeriods {

	Optional<ReportingPeriod> findById(ReportingPeriodId id);

	/** The plan's periods, in order. */
	List<ReportingPeriod> forPlan(PlanId plan);

	/**
	 * The periods of each plan, in order, read at once: {@link #forPlan} for many plans.
	 */
	Map<PlanId, List<ReportingPeriod>> forPlans(Collection<PlanId> plans);

	/**
	 * Saves a period; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	ReportingPeriod save(ReportingPeriod period);

}
