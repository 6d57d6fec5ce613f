package cn.laoling.ledger.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.unit.UnitId;

/** Port: where reports and their history are kept. */
public interface Reports {

	Optional<Report> findById(ReportId id);

	/**
	 * Reports of a kind in a state on the tasks of the plans, oldest submission first:
	 * the office's review queue, or the accepted reports the ledger shows.
	 */
	List<Report> inPlans(Collection<PlanId> plans, ReportKind kind, ReportState state);

	/**
	 * How many reports {@link #inPlans} would give: counted on every page for the
	 * navigation's badge, so without loading them.
	 */
	int countInPlans(Collection<PlanId> plans, ReportKind kind, ReportState state);

	/** Each task's accepted consolidated report of its latest period that has one. */
	Map<TaskId, Report> latestAccepted(Collection<TaskId> tasks);

	/**
	 * Each task's accepted consolidated report of its latest period up to the quarter:
	 * where the tasks stood in a progress notice of that quarter.
	 */
	Map<TaskId, Report> latestAccepted(Collection<TaskId> tasks, Quarter upTo);

	/**
	 * The unit's accepted report of that kind on the task in the latest period before the
	 * quarter: what a new report's figures are compared with.
	 */
	Optional<Report> lastAcceptedBefore(TaskId task, UnitId unit, ReportKind kind, Quarter quarter);

	/** Every report on the task, of every period and unit. */
	List<Report> ofTask(TaskId task);

	/** Every report of the period. */
	List<Report> inPeriod(ReportingPeriodId period);

	/** Every report of the unit, of every task and period. */
	List<Report> ofUnit(UnitId unit);

	/**
	 * The unit's own reports in the periods: what it wrote in the periods running now.
	 */
	List<Report> ofUnit(UnitId unit, Collection<ReportingPeriodId> periods);

	/**
	 * Folds a report into another on the same task and period (a merge of units): its
	 * history and evidence go to the other, and it is deleted. Record its
	 * {@link ReportEvent#merged} first.
	 */
	void fold(ReportId folded, ReportId into);

	/** The reports of every unit on the task in the period. */
	List<Report> forTask(TaskId task, ReportingPeriodId period);

	/**
	 * Saves a report; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}, and a second report of the
	 * same unit, task, period and kind is refused.
	 */
	Report save(Report report);

	/** Keeps a submission or review as the report then stood. */
	void record(ReportEvent event);

	/** The report's submissions and reviews, oldest first. */
	List<ReportEvent> history(ReportId report);

}
