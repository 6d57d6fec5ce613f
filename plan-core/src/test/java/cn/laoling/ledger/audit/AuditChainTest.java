package cn.laoling.ledger.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditChainTest {

	private static List<AuditRecord> chainOf(int size) {
		List<AuditRecord> records = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (int i = 1; i <= size; i++) {
			AuditEvent event = new AuditEvent(Instant.parse("2026-03-02T01:00:00Z").plusSeconds(i), "office",
					"10.0.0.1", AuditType.TASK_CHANGED, "task:" + i, AuditOutcome.SUCCESS, "");
			String hash = AuditChain.hash(previous, event);
			records.add(new AuditRecord(i, event, previous, hash));
			previous = hash;
		}
		return records;
	}

	private static final AuditSeal SEAL = new AuditSeal("the application's key, not the database's".getBytes());

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static AuditVerification verify(List<AuditRecord> records) {
		return verify(records, List.of());
	}

	private static AuditVerification verify(List<AuditRecord> records, List<AuditHead> heads) {
		AuditChain.Verification verification = AuditChain.verify(SEAL, NOW, heads);
		records.forEach(verification::accept);
		return verification.result();
	}

	/**
	 * Rows as the application writes them now: sealed, keeping the time of the row
	 * before.
	 */
	private static List<AuditRecord> sealedChainOf(int size) {
		return sealedAfter(new ArrayList<>(), size);
	}

	private static List<AuditRecord> sealedAfter(List<AuditRecord> records, int size) {
		for (int i = 0; i < size; i++) {
			AuditEvent event = new AuditEvent(Instant.parse("2026-03-02T01:00:00Z").plusSeconds(100 + records.size()),
					"office", "10.0.0.1", AuditType.TASK_CHANGED, "task:" + records.size(), AuditOutcome.SUCCESS, "");
			records.add(sealed(records.size() + 1, event, records.isEmpty() ? null : records.get(records.size() - 1),
					SEAL));
		}
		return records;
	}

	private static AuditRecord sealed(long id, AuditEvent event, AuditRecord previous, AuditSeal seal) {
		String previousHash = (previous != null) ? previous.hash() : AuditChain.GENESIS;
		Optional<Instant> previousAt = Optional.ofNullable(previous).map((p) -> p.event().occurredAt());
		String hash = AuditChain.hash(previousHash, previousAt, event);
		return new AuditRecord(id, event, previousHash, previousAt, hash, Optional.of(seal.ofRow(hash)));
	}

	private static AuditHead headOf(List<AuditRecord> records) {
		return AuditHead.of(records.get(records.size() - 1), SEAL);
	}

	/**
	 * What an owner with every right on the database does: change a row, rehash the rest.
	 */
	private static List<AuditRecord> rewrittenByTheOwner(List<AuditRecord> records, int index, AuditEvent changed) {
		List<AuditRecord> rewritten = new ArrayList<>(records.subList(0, index));
		for (int i = index; i < records.size(); i++) {
			AuditRecord r = records.get(i);
			AuditEvent event = (i == index) ? changed : r.event();
			String previousHash = rewritten.isEmpty() ? AuditChain.GENESIS : rewritten.get(i - 1).hash();
			rewritten.add(new AuditRecord(r.id(), event, previousHash, r.previousAt(),
					AuditChain.hash(previousHash, r.previousAt(), event), r.seal()));
		}
		return rewritten;
	}

	private static AuditEvent withActor(AuditEvent e, String actor) {
		return new AuditEvent(e.occurredAt(), actor, e.clientIp(), e.type(), e.object(), e.objectName(), e.outcome(),
				e.detail());
	}

	@Test
	void anUntouchedChainIsIntact() {
		AuditVerification result = verify(chainOf(5));
		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isEqualTo(5);
	}

	@Test
	void aChangedFieldIsFoundAtItsRow() {
		List<AuditRecord> records = chainOf(5);
		AuditRecord third = records.get(2);
		AuditEvent e = third.event();
		records.set(2, new AuditRecord(3,
				new AuditEvent(e.occurredAt(), "leader", e.clientIp(), e.type(), e.object(), e.outcome(), e.detail()),
				third.previousHash(), third.hash()));
		assertThat(verify(records).firstBrokenId()).contains(3L);
	}

	@Test
	void aRemovedRowInTheMiddleIsFound() {
		List<AuditRecord> records = chainOf(5);
		records.remove(2);
		assertThat(verify(records).firstBrokenId()).contains(4L);
	}

	@Test
	void aRowRehashedAfterChangeStillBreaksTheNextLink() {
		List<AuditRecord> records = chainOf(5);
		AuditRecord second = records.get(1);
		AuditEvent e = second.event();
		AuditEvent forged = new AuditEvent(e.occurredAt(), e.actor(), e.clientIp(), e.type(), e.object(),
				AuditOutcome.FAILURE, e.detail());
		records.set(1,
				new AuditRecord(2, forged, second.previousHash(), AuditChain.hash(second.previousHash(), forged)));
		assertThat(verify(records).firstBrokenId()).contains(3L);
	}

	@Test
	void aLogWhoseOldestRowsWerePurgedIsStillIntact() {
		List<AuditRecord> records = chainOf(5);
		assertThat(verify(records.subList(2, 5)).intact()).isTrue();
	}

	@Test
	void aRowWithoutAnObjectNameHashesAsRowsDidBeforeNamesWereKept() {
		AuditEvent old = new AuditEvent(Instant.parse("2026-03-02T01:00:00Z"), "office", "10.0.0.1",
				AuditType.TASK_CHANGED, "task:1", AuditOutcome.SUCCESS, "");
		assertThat(AuditChain.hash(AuditChain.GENESIS, old))
			.isEqualTo("4175d6e18f3d3f31d36785559491e5e2496420ae3a9e5b9b9d1f5c3e83b291d3");
	}

	@Test
	void anObjectNameChangedAddedOrRemovedIsFoundAtItsRow() {
		Instant at = Instant.parse("2026-03-02T01:00:00Z");
		AuditEvent named = new AuditEvent(at, "office", "10.0.0.1", AuditType.TASK_CHANGED, "task:1",
				"任务「建设老年友好型社区」《昆区2022年老龄工作推进方案》", AuditOutcome.SUCCESS, "");
		String hash = AuditChain.hash(AuditChain.GENESIS, named);
		for (String forgedName : List.of("任务「别的任务」《昆区2022年老龄工作推进方案》", "")) {
			AuditEvent forged = new AuditEvent(at, "office", "10.0.0.1", AuditType.TASK_CHANGED, "task:1", forgedName,
					AuditOutcome.SUCCESS, "");
			assertThat(verify(List.of(new AuditRecord(1, forged, AuditChain.GENESIS, hash))).firstBrokenId())
				.contains(1L);
		}
		AuditEvent unnamed = new AuditEvent(at, "office", "10.0.0.1", AuditType.TASK_CHANGED, "task:1",
				AuditOutcome.SUCCESS, "");
		AuditEvent nameAdded = new AuditEvent(at, "office", "10.0.0.1", AuditType.TASK_CHANGED, "task:1", "任务「假」",
				AuditOutcome.SUCCESS, "");
		assertThat(verify(List
			.of(new AuditRecord(1, nameAdded, AuditChain.GENESIS, AuditChain.hash(AuditChain.GENESIS, unnamed))))
			.firstBrokenId()).contains(1L);
	}

	@Test
	void timeIsHashedToTheMicrosecondAsTheDatabaseKeepsIt() {
		AuditEvent precise = new AuditEvent(Instant.parse("2026-03-02T01:00:00.123456789Z"), "a", "ip",
				AuditType.LOGOUT, "x", AuditOutcome.SUCCESS, null);
		assertThat(precise.occurredAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00.123456Z"));
	}

	@Test
	void aSealedChainWithItsHeadIsIntact() {
		List<AuditRecord> records = sealedChainOf(5);
		AuditVerification result = verify(records, List.of(headOf(records)));
		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isEqualTo(5);
	}

	@Test
	void aRowTheOwnerChangedAndRehashedWithEveryRowAfterItLacksTheSeal() {
		List<AuditRecord> records = sealedChainOf(5);
		List<AuditRecord> rewritten = rewrittenByTheOwner(records, 2, withActor(records.get(2).event(), "leader"));
		assertThat(verify(rewritten, List.of(headOf(records))).problem())
			.contains(new AuditBreak(AuditBreak.Kind.NOT_SEALED, 3));
		assertThat(verify(rewritten, List.of(headOf(rewritten))).problem())
			.contains(new AuditBreak(AuditBreak.Kind.NOT_SEALED, 3));
	}

	@Test
	void theNewestRowsRemovedAreFoundByTheHead() {
		List<AuditRecord> records = sealedChainOf(5);
		AuditHead head = headOf(records);
		assertThat(verify(records.subList(0, 3), List.of(head)).problem())
			.contains(new AuditBreak(AuditBreak.Kind.NEWEST_REMOVED, 5));
	}

	@Test
	void aHeadMovedBackByHandIsNotSealed() {
		List<AuditRecord> records = sealedChainOf(5);
		AuditSeal someoneElses = new AuditSeal("a key the application never had, long enough".getBytes());
		AuditRecord third = records.get(2);
		AuditHead forged = new AuditHead(third.id(), third.hash(), someoneElses.ofHead(third.id(), third.hash()));
		assertThat(verify(records.subList(0, 3), List.of(forged)).problem())
			.contains(new AuditBreak(AuditBreak.Kind.HEAD_NOT_SEALED, 3));
		AuditHead rowSealAsHead = new AuditHead(third.id(), third.hash(), third.seal().get());
		assertThat(verify(records.subList(0, 3), List.of(rowSealAsHead)).problem())
			.contains(new AuditBreak(AuditBreak.Kind.HEAD_NOT_SEALED, 3));
	}

	@Test
	void aFirstPartRemovedYoungerThanTheRetentionTimeIsFound() {
		List<AuditRecord> records = sealedChainOf(5);
		assertThat(verify(records.subList(2, 5), List.of(headOf(records))).problem())
			.contains(new AuditBreak(AuditBreak.Kind.YOUNG_PREFIX_REMOVED, 3));
		AuditChain.Verification afterRetention = AuditChain.verify(SEAL, NOW.plus(AuditChain.RETENTION),
				List.of(headOf(records)));
		records.subList(2, 5).forEach(afterRetention::accept);
		assertThat(afterRetention.result().intact()).isTrue();
	}

	@Test
	void aRowAppendedWithARightHashButWithoutTheApplicationsKeyIsFound() {
		List<AuditRecord> records = sealedChainOf(3);
		AuditEvent forged = new AuditEvent(NOW, "office", "10.0.0.1", AuditType.ROLE_CHANGED, "account:9",
				AuditOutcome.SUCCESS, "LIAISON -> OFFICE");
		AuditRecord last = records.get(2);
		AuditRecord wrongKey = sealed(4, forged, last,
				new AuditSeal("the application role's guess at a key, 32 bytes".getBytes()));
		assertThat(verify(List.of(records.get(0), records.get(1), last, wrongKey), List.of(headOf(records))).problem())
			.contains(new AuditBreak(AuditBreak.Kind.NOT_SEALED, 4));
		AuditRecord unsealed = new AuditRecord(4, forged, last.hash(), wrongKey.previousAt(), wrongKey.hash(),
				Optional.empty());
		assertThat(verify(List.of(records.get(0), records.get(1), last, unsealed), List.of(headOf(records))).problem())
			.contains(new AuditBreak(AuditBreak.Kind.NOT_SEALED, 4));
	}

	@Test
	void rowsWrittenBeforeSealsVerifyAndAreCoveredByTheFirstSealedRow() {
		List<AuditRecord> records = sealedAfter(chainOf(3), 2);
		assertThat(verify(records, List.of(headOf(records))).intact()).isTrue();
		List<AuditRecord> rewritten = rewrittenByTheOwner(records, 1, withActor(records.get(1).event(), "leader"));
		assertThat(verify(rewritten, List.of(headOf(records))).problem())
			.contains(new AuditBreak(AuditBreak.Kind.NOT_SEALED, 4));
	}

	@Test
	void whatAUserTypedIsStoredAsItIsHashed() {
		String typed = "a".repeat(49) + " b";
		AuditEvent written = AuditEvent.of(NOW, typed, " 10.0.0.1 ", AuditType.LOGIN_FAILED, "account:\u0000",
				"\ud83d半个\ud800", AuditOutcome.FAILURE, "x".repeat(499) + " \u001fmore");
		assertThat(written.actor()).isEqualTo("a".repeat(49));
		assertThat(written.clientIp()).isEqualTo("10.0.0.1");
		assertThat(written.object()).isEqualTo("account:\ufffd");
		assertThat(written.objectName()).isEqualTo("\ufffd半个\ufffd");
		assertThat(written.detail()).isEqualTo("x".repeat(499));
		AuditEvent again = AuditEvent.of(written.occurredAt(), written.actor(), written.clientIp(), written.type(),
				written.object(), written.objectName(), written.outcome(), written.detail());
		assertThat(again).isEqualTo(written);
		assertThat(
				AuditEvent.of(NOW, "😀".repeat(60), "", AuditType.LOGOUT, "", null, AuditOutcome.SUCCESS, null).actor())
			.isEqualTo("😀".repeat(50));
	}

	@Test
	void aSealNeedsAKeyAsLongAsItsOutput() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditSeal(new byte[31]));
	}

}
