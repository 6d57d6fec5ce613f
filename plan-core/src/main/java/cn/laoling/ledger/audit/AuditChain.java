package cn.laoling.ledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain over the audit log: each row's hash covers its own fields and the hash
 * of the row before, so changing, inserting or removing a row in the middle breaks every
 * hash after it.
 */
public final class AuditChain {

	/** What the first row of a log points back to. */
	public static final String GENESIS = "0".repeat(64);

	private static final char SEPARATOR = '\u001f';

	private AuditChain() {
	}

	/**
	 * The hash of a row. The object's name joined the fields later: it is hashed only
	 * when there is one, so the rows written before it (all without a name) hash as they
	 * did, while a name added to, changed in or removed from a later row breaks its hash.
	 */
	public static String hash(String previousHash, AuditEvent event) {
		String canonical = String.join(String.valueOf(SEPARATOR), previousHash,
				Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, event.occurredAt())), event.actor(),
				event.clientIp(), event.type().name(), event.object(), event.outcome().name(), event.detail());
		if (!event.objectName().isEmpty()) {
			canonical = canonical + SEPARATOR + event.objectName();
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** Starts a check that is fed the rows in id order. */
	public static Verification verify() {
		return new Verification();
	}

	/**
	 * Walks the log in order. The first row may point to a row purged after its retention
	 * time; from then on every row must point to the one before it and hash to what it
	 * says.
	 */
	public static final class Verification {

		private long checked;

		private String expectedPrevious;

		private Long firstBroken;

		private Verification() {
		}

		public void accept(AuditRecord record) {
			this.checked++;
			if (this.firstBroken != null) {
				return;
			}
			boolean linked = this.expectedPrevious == null || this.expectedPrevious.equals(record.previousHash());
			if (!linked || !hash(record.previousHash(), record.event()).equals(record.hash())) {
				this.firstBroken = record.id();
			}
			this.expectedPrevious = record.hash();
		}

		public AuditVerification result() {
			return new AuditVerification(this.checked, Optional.ofNullable(this.firstBroken));
		}

	}

}
