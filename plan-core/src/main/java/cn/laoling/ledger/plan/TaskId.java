package cn.laoling.ledger.plan;

import cn.laoling.ledger.shared.Require;

/** Identity of a {@link Task}. */
public record TaskId(long value) {

	public TaskId {
		Require.positive(value, "taskId");
	}

}
