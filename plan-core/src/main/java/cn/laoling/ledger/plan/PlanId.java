package cn.laoling.ledger.plan;

import cn.laoling.ledger.shared.Require;

/** Identity of a {@link Plan}. */
public record PlanId(long value) {

	public PlanId {
		Require.positive(value, "planId");
	}

}
