package cn.laoling.ledger.report;

import java.time.LocalDate;
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
	 * Of each plan, in order, the periods {@link ReportingPeriod#onDay} looks at on the
	 * day: the first and the last within the plan's span and the latest begun by the day.
	 * {@code onDay} finds the same period among these as among all of the plan's, and a
	 * liaison's pages ask for those of every plan the unit works on.
	 */
	Map<PlanId, List<ReportingPeriod>> bearingOn(Collection<PlanId> plans, LocalDate day);

	/**
	 * Saves a period; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	ReportingPeriod save(ReportingPeriod period);

}
