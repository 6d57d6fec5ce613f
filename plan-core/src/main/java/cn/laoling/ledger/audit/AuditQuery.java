package cn.laoling.ledger.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What the audit administrator searches for; every part is optional. The object matches a
 * row's key exactly ({@code task:42}) or a part of the name it kept.
 */
public record AuditQuery(Optional<Instant> from, Optional<Instant> to, Optional<String> actor, Optional<AuditType> type,
		Optional<String> object) {

	public static AuditQuery everything() {
		return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
