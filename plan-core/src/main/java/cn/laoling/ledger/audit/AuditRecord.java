package cn.laoling.ledger.audit;

import cn.laoling.ledger.shared.Require;

/** An event as the log keeps it: numbered, and chained to the one before by hash. */
public record AuditRecord(long id, AuditEvent event, String previousHash, String hash) {

	public AuditRecord {
		Require.positive(id, "id");
		Require.present(event, "event");
		Require.present(previousHash, "previousHash");
		Require.present(hash, "hash");
	}

}
