package cn.laoling.ledger.web.audit;

import java.io.Serializable;

import cn.laoling.ledger.audit.AuditBreak;
import cn.laoling.ledger.audit.AuditVerification;

/**
 * The outcome of checking the audit chain as the page after the check shows it, carried
 * there in the (serialized) session.
 *
 * @param kind what was found wrong, {@code null} when the chain is intact
 * @param rowId the row it was found at, 0 when intact
 */
record VerificationShown(long checked, AuditBreak.Kind kind, long rowId) implements Serializable {

	static VerificationShown of(AuditVerification verification) {
		return new VerificationShown(verification.checked(), verification.problem().map(AuditBreak::kind).orElse(null),
				verification.firstBrokenId().orElse(0L));
	}

	public boolean intact() {
		return this.kind == null;
	}

}
