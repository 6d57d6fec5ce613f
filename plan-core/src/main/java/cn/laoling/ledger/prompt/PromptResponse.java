package cn.laoling.ledger.prompt;

import java.time.Instant;

import cn.laoling.ledger.unit.UnitId;

/**
 * A unit's part in a 专项工作提示: whether its liaison acknowledged it, and what the unit
 * answered.
 */
public record PromptResponse(UnitId unit, String acknowledgedBy, Instant acknowledgedAt, String answer,
		String answeredBy, Instant answeredAt) {

	public static final int MAX_ANSWER = 4000;

	public boolean isAcknowledged() {
		return this.acknowledgedAt != null;
	}

	public boolean isAnswered() {
		return this.answeredAt != null;
	}

}
