package cn.laoling.ledger.notice;

import java.time.Instant;

import cn.laoling.ledger.unit.UnitId;

/**
 * 签收: a unit a published notice is sent to, and when its liaison acknowledged it.
 *
 * @param acknowledgedBy the liaison's account, {@code null} while not acknowledged
 */
public record Receipt(UnitId unit, String acknowledgedBy, Instant acknowledgedAt) {

	public boolean isAcknowledged() {
		return this.acknowledgedAt != null;
	}

}
