package cn.laoling.ledger.audit;

import java.util.Optional;

/**
 * The outcome of checking the chain: how many rows, and the first one that does not fit.
 */
public record AuditVerification(long checked, Optional<Long> firstBrokenId) {

	public boolean intact() {
		return this.firstBrokenId.isEmpty();
	}

}
