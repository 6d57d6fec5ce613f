package cn.laoling.ledger.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.laoling.ledger.shared.Require;

/**
 * An event as the log keeps it: numbered, chained to the one before by hash, and sealed
 * by the application. The row keeps the time of the row before it too, so that a removed
 * first part of the log can be dated. Rows written before seals were kept have neither a
 * seal nor the time before.
 */
public record AuditRecord(long id, AuditEvent event, String previousHash, Optional<Instant> previousAt, String hash,
		Optional<String> seal) {

	public AuditRecord {
		Require.positive(id, "id");
		Require.present(event, "event");
		Require.present(previousHash, "previousHash");
		previousAt = Require.present(previousAt, "previousAt").map((at) -> at.truncatedTo(ChronoUnit.MICROS));
		Require.present(hash, "hash");
		Require.present(seal, "seal");
	}

	/** A row as it was kept before seals: no seal, no time of the row before. */
	public AuditRecord(long id, AuditEvent event, String previousHash, String hash) {
		this(id, event, previousHash, Optional.empty(), hash, Optional.empty());
	}

}
