package cn.laoling.ledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain over the audit log: each row's hash covers its own fields, the hash of
 * the row before and when that row was written, so changing, inserting or removing a row
 * in the middle breaks every hash after it. The chain alone can be recomputed by whoever
 * may write the table: each row and the head are also sealed by the application
 * ({@link AuditSeal}), which the check asks for too.
 */
public final class AuditChain {

	/** What the first row of a log points back to. */
	public static final String GENESIS = "0".repeat(64);

	/**
	 * How long audit rows are kept at least (等保 level 3): younger ones are never purged.
	 */
	public static final Duration RETENTION = Duration.ofDays(180);

	static final char SEPARATOR = '\u001f';

	private AuditChain() {
	}

	/**
	 * The hash of a row written before rows kept the time of the row before them.
	 */
	public static String hash(String previousHash, AuditEvent event) {
		return hash(previousHash, Optional.empty(), event);
	}

	/**
	 * The hash of a row. The object's name and the time of the row before joined the
	 * fields later: each is hashed only when there is one, so the rows written before
	 * (without them) hash as they did, while one added to, changed in or removed from a
	 * later row breaks its hash.
	 */
	public static String hash(String previousHash, Optional<Instant> previousAt, AuditEvent event) {
		StringBuilder canonical = new StringBuilder(
				String.join(String.valueOf(SEPARATOR), previousHash, micros(event.occurredAt()), event.actor(),
						event.clientIp(), event.type().name(), event.object(), event.outcome().name(), event.detail()));
		if (!event.objectName().isEmpty()) {
			canonical.append(SEPARATOR).append(event.objectName());
		}
		previousAt.ifPresent((at) -> canonical.append(SEPARATOR).append("previousAt=").append(micros(at)));
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static String micros(Instant at) {
		return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at));
	}

	/**
	 * Starts the check of the whole log, fed every row in id order. A first part of the
	 * log may have been purged, but only once older than the {@link #RETENTION} on
	 * {@code now}; every head must bear the seal and point at a row that is there.
	 */
	public static Verification verify(AuditSeal seal, Instant now, Collection<AuditHead> heads) {
		return new Verification(seal, Optional.of(now.minus(RETENTION)), List.copyOf(heads));
	}

	/**
	 * Starts the check of a part of the log, from any row on: its first row's link to the
	 * row before is taken as it is, and no head is asked for.
	 */
	public static Verification verifyPart(AuditSeal seal) {
		return new Verification(seal, Optional.empty(), List.of());
	}

	/**
	 * Walks the log in order and keeps the first thing it finds wrong: a row whose fields
	 * do not hash to what it says, a row that does not point to the one before, a row
	 * without the application's seal after the first sealed one (rows written before
	 * seals were kept have none), a first part removed too young, a head that is not
	 * sealed or whose row is gone.
	 */
	public static final class Verification {

		private final AuditSeal seal;

		private final Optional<Instant> purgedBefore;

		private final List<AuditHead> heads;

		private final List<AuditHead> found = new ArrayList<>();

		private long checked;

		private String expectedPrevious;

		private boolean sealed;

		private AuditBreak problem;

		private Verification(AuditSeal seal, Optional<Instant> purgedBefore, List<AuditHead> heads) {
			this.seal = seal;
			this.purgedBefore = purgedBefore;
			this.heads = heads;
		}

		public void accept(AuditRecord record) {
			this.checked++;
			for (AuditHead head : this.heads) {
				if (head.id() == record.id() && head.hash().equals(record.hash())) {
					this.found.add(head);
				}
			}
			if (this.problem == null) {
				this.problem = problemOf(record);
			}
			this.expectedPrevious = record.hash();
		}

		private AuditBreak problemOf(AuditRecord record) {
			if (this.expectedPrevious == null) {
				if (!GENESIS.equals(record.previousHash()) && purgedTooYoung(record)) {
					return new AuditBreak(AuditBreak.Kind.YOUNG_PREFIX_REMOVED, record.id());
				}
			}
			else if (!this.expectedPrevious.equals(record.previousHash())) {
				return new AuditBreak(AuditBreak.Kind.UNLINKED, record.id());
			}
			if (!hash(record.previousHash(), record.previousAt(), record.event()).equals(record.hash())) {
				return new AuditBreak(AuditBreak.Kind.CHANGED, record.id());
			}
			if (record.seal().isPresent()) {
				this.sealed = true;
				if (!this.seal.sealsRow(record.hash(), record.seal().get())) {
					return new AuditBreak(AuditBreak.Kind.NOT_SEALED, record.id());
				}
			}
			else if (this.sealed) {
				return new AuditBreak(AuditBreak.Kind.NOT_SEALED, record.id());
			}
			return null;
		}

		/**
		 * Whether the row before this first one was removed while younger than the
		 * retention time. A row written before rows kept that time cannot tell, and is
		 * taken as it is.
		 */
		private boolean purgedTooYoung(AuditRecord record) {
			return this.purgedBefore.isPresent()
					&& record.previousAt().filter((at) -> at.isAfter(this.purgedBefore.get())).isPresent();
		}

		public AuditVerification result() {
			if (this.problem == null) {
				for (AuditHead head : this.heads) {
					if (!this.seal.sealsHead(head)) {
						this.problem = new AuditBreak(AuditBreak.Kind.HEAD_NOT_SEALED, head.id());
						break;
					}
					if (!this.found.contains(head)) {
						this.problem = new AuditBreak(AuditBreak.Kind.NEWEST_REMOVED, head.id());
						break;
					}
				}
			}
			return new AuditVerification(this.checked, Optional.ofNullable(this.problem));
		}

	}

}
