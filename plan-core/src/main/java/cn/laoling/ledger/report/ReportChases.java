package cn.laoling.ledger.report;

import java.util.List;

import cn.laoling.ledger.plan.TaskId;

/** Port: every 催报 made, one a day per task, period and unit. */
public interface ReportChases {

	/**
	 * Records the chase, unless the unit was chased about the task's period on that day
	 * already.
	 * @return whether it was recorded: {@code false} when it was chased that day before
	 */
	boolean record(ReportChase chase);

	/** The chases about the task's period, newest first. */
	List<ReportChase> of(TaskId task, ReportingPeriodId period);

}
