package cn.laoling.ledger.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Port: where the splits of tasks' targets among units (指标分解) are kept. */
public interface Quotas {

	/** The task's splits, by target. */
	List<TargetSplit> of(TaskId task);

	/** The splits of each of the tasks that has any. */
	Map<TaskId, List<TargetSplit>> ofTasks(Collection<TaskId> tasks);

	/**
	 * Replaces the split of one of the task's targets (no quotas: not split any more), as
	 * a change of the task: its version moves on.
	 * @param version the task's version the split was made on
	 * @throws cn.laoling.ledger.shared.StaleEditException when the task changed since
	 */
	void replace(TaskId task, long version, TargetSplit split);

	/**
	 * Keeps these as the task's splits, all others gone, as part of an edit of the task
	 * that saves it (whose version moves on with that save).
	 */
	void keepOnly(TaskId task, List<TargetSplit> splits);

}
