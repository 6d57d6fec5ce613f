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
	void timeIsHashedToTheMicrosecondAsTheDatabaseKeepsIt() {
		AuditEvent precise = new AuditEvent(Instant.parse("2026-03-02T01:00:00.123456789Z"), "a", "ip",
				AuditType.LOGOUT, "x", AuditOutcome.SUCCESS, null);
		assertThat(precise.occurredAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00.123456Z"));
	}

}
