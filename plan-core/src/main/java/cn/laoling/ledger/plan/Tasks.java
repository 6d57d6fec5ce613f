package cn.laoling.ledger.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laoling.ledger.unit.UnitId;

/** Port: where tasks are kept. */
public interface Tasks {

	Optional<Task> findById(TaskId id);

	/** The plan's tasks matching the query, in the plan's order. */
	List<Task> find(TaskQuery query);

	/**
	 * The tasks of every plan that name any of the units, as a lead or responsible unit,
	 * by plan and in the plan's order.
	 */
	List<Task> naming(Collection<UnitId> units);

	Map<PlanId, Long> countByPlan(Collection<PlanId> plans);

	/**
	 * Saves a task; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	Task save(Task task);

	/** Deletes the task if it still has the version the user saw. */
	void delete(TaskId id, long expectedVersion);

}
