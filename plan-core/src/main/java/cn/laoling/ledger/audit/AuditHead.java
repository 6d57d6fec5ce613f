package cn.laoling.ledger.audit;

import cn.laoling.ledger.shared.Require;

/**
 * The head of the log: the newest row the application wrote, by id and hash, sealed by
 * the application ({@link AuditSeal#ofHead}). Rows removed from the end of the log leave
 * the head pointing at a row that is gone.
 */
public record AuditHead(long id, String hash, String seal) {

	public AuditHead {
		Require.positive(id, "id");
		Require.present(hash, "hash");
		Require.present(seal, "seal");
	}

	public static AuditHead of(AuditRecord record, AuditSeal seal) {
		return new AuditHead(record.id(), record.hash(), seal.ofHead(record.id(), record.hash()));
	}

}
