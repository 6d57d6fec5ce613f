package cn.laoling.ledger.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the append-only audit log. Appending takes part in the caller's transaction, so
 * an event is kept exactly when the change it records is.
 */
public interface AuditLog {

	AuditRecord append(AuditEvent event);

	/** One page of matching rows, newest first. */
	List<AuditRecord> search(AuditQuery query, int offset, int limit);

	long count(AuditQuery query);

	/**
	 * Checks the whole log on {@code now}: the chain, the application's seals, the
	 * retention of a purged first part, and the head of the log.
	 */
	AuditVerification verify(Instant now);

	/** Every matching row, oldest first, without holding them all in memory. */
	void forEach(AuditQuery query, Consumer<AuditRecord> consumer);

}
