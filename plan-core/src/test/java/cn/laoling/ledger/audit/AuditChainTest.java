package cn.laoling.ledger.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static AuditVerification verify(List<AuditRecord> records) {
		AuditChain.Verification verification = AuditChain.verify();
		records.forEach(verification::accept);
		return verification.result();
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

}
