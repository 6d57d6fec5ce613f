package cn.laoling.ledger.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.TaskId;

/** Port: where 延期申请 are kept. */
public interface ExtensionRequests {

	Optional<ExtensionRequest> findById(ExtensionRequestId id);

	/** The task's requests, newest first. */
	List<ExtensionRequest> ofTask(TaskId task);

	/** The requests waiting for the office on tasks of the plans, oldest first. */
	List<ExtensionRequest> pendingIn(Collection<PlanId> plans);

	/** How many {@link #pendingIn} would give, without loading them. */
	int countPendingIn(Collection<PlanId> plans);

	/**
	 * Saves a request; an edit based on an outdated version, or a second pending request
	 * for the task, throws {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	ExtensionRequest save(ExtensionRequest request);

}
