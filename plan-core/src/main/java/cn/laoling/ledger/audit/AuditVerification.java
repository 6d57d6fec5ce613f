package cn.laoling.ledger.audit;

import java.util.Optional;

/**
 * The outcome of checking the chain: how many rows, and the first thing found wrong.
 */
public record AuditVerification(long checked, Optional<AuditBreak> problem) {

	public boolean intact() {
		return this.problem.isEmpty();
	}

	/** The row the problem was found at. */
	public Optional<Long> firstBrokenId() {
		return this.problem.map(AuditBreak::rowId);
	}

}
