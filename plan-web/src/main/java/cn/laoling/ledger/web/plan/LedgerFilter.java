package cn.laoling.ledger.web.plan;

import cn.laoling.ledger.report.Light;

import cn.laoling.ledger.plan.TaskStatus;

/**
 * What the user narrowed the ledger to.
 *
 * @param unit tasks involving this unit (or a group containing it)
 * @param status tasks of this status
 * @param q tasks whose text contains this
 * @param mine a liaison's own tasks only
 * @param light tasks showing this light today (from the overview's charts)
 */
public record LedgerFilter(Long unit, TaskStatus status, String q, boolean mine, Light light) {

	public LedgerFilter(Long unit, TaskStatus status, String q, boolean mine) {
		this(unit, status, q, mine, null);
	}

}
