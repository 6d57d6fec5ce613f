package cn.laoling.ledger.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.audit.AuditChain;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditQuery;
import cn.laoling.ledger.audit.AuditRecord;
import cn.laoling.ledger.audit.AuditSeal;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.audit.AuditVerification;
import cn.laoling.ledger.audit.AuditBreak;
import cn.laoling.ledger.persistence.audit.AuditPrivilegeCheck;
import cn.laoling.ledger.persistence.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The audit log as an assessor checks it: the application's role adds and reads rows but
 * cannot change or delete them, nobody changes a row, only old rows are purged and only
 * by the purge role, and a tampered row is found.
 */
@PersistenceTest
class AuditLogPersistenceTest {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditSeal seal;

	private List<AuditRecord> append(Instant at, int count) {
		List<AuditRecord> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			AuditEvent event = new AuditEvent(at.plusMillis(i), "office", "127.0.0.1", AuditType.TASK_CHANGED,
					"task:" + i, AuditOutcome.SUCCESS, "");
			records.add(this.transaction.execute((status) -> this.log.append(event)));
		}
		return records;
	}

	private AuditVerification verifyFrom(Instant from) {
		AuditChain.Verification verification = AuditChain.verifyPart(this.seal);
		this.log.forEach(new AuditQuery(Optional.of(from), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty()), verification::accept);
		return verification.result();
	}

	private static void asOwner(String... statements) throws SQLException {
		TestDatabase.get().executeAsOwner(statements);
	}

	@Test
	void eachRowChainsToTheRowBefore() {
		Instant start = Instant.now();
		List<AuditRecord> records = append(start, 3);
		assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
		assertThat(records.get(2).previousHash()).isEqualTo(records.get(1).hash());
		assertThat(verifyFrom(start).intact()).isTrue();
	}

	@Test
	void theApplicationRoleCannotChangeOrDeleteAuditRows() {
		AuditRecord record = append(Instant.now(), 1).get(0);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_event set outcome = 'FAILURE' where id = ?", record.id()))
			.withStackTraceContaining("permission denied for table audit_event");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_event where id = ?", record.id()))
			.withStackTraceContaining("permission denied for table audit_event");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.execute("truncate audit_event"))
			.withStackTraceContaining("permission denied for table audit_event");
		assertThat(this.jdbc.queryForObject("select outcome from audit_event where id = ?", String.class, record.id()))
			.isEqualTo("SUCCESS");
	}

	@Test
	void noRoleChangesARowAndOnlyThePurgeRoleDeletesOnlyRowsPastRetention() throws SQLException {
		AuditRecord young = append(Instant.now(), 1).get(0);
		AuditRecord old = append(Instant.now().minus(Duration.ofDays(181)), 1).get(0);

		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> asOwner("update audit_event set actor = 'x' where id = " + young.id()))
			.withMessageContaining("cannot be changed");
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(
					() -> asOwner("set role ledger_audit_purge", "delete from audit_event where id = " + young.id()))
			.withMessageContaining("kept 180 days");

		try {
			asOwner("create table audit_event_kept as select * from audit_event where id = " + old.id(),
					"set role ledger_audit_purge", "delete from audit_event where id = " + old.id());
			assertThat(this.jdbc.queryForObject("select count(*) from audit_event where id in (?, ?)", Long.class,
					young.id(), old.id()))
				.isEqualTo(1);
		}
		finally {
			// the row, written last but dated as old, is put back: the log of this
			// database stays whole for the tests that check all of it
			asOwner("insert into audit_event overriding system value select * from audit_event_kept",
					"drop table audit_event_kept");
		}
	}

	@Test
	void theApplicationRefusesToStartAsARoleThatCouldChangeAuditRows() {
		TestDatabase database = TestDatabase.get();
		JdbcTemplate asOwner = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.owner(), ""));

		new AuditPrivilegeCheck(this.jdbc).run(null);
		assertThatIllegalStateException().isThrownBy(() -> new AuditPrivilegeCheck(asOwner).run(null))
			.withMessageContaining("may change or delete audit rows");
	}

	@Test
	void aTamperedRowIsFoundAndTheChainIsWholeAgainOnceItIsRestored() throws SQLException {
		Instant start = Instant.now();
		List<AuditRecord> records = append(start, 4);
		long tampered = records.get(2).id();
		try {
			asOwner("alter table audit_event disable trigger tg_audit_event_rows",
					"update audit_event set actor = 'someone-else' where id = " + tampered,
					"alter table audit_event enable trigger tg_audit_event_rows");
			assertThat(verifyFrom(start).firstBrokenId()).contains(tampered);
		}
		finally {
			asOwner("alter table audit_event disable trigger tg_audit_event_rows",
					"update audit_event set actor = 'office' where id = " + tampered,
					"alter table audit_event enable trigger tg_audit_event_rows");
		}
		assertThat(verifyFrom(start).intact()).isTrue();
	}

	@Test
	void searchFindsByActorTypeAndObjectNewestFirst() {
		Instant start = Instant.now();
		String actor = Fixtures.unique("u");
		for (AuditType type : List.of(AuditType.LOGIN_FAILED, AuditType.LOGIN_FAILED, AuditType.LOGOUT)) {
			AuditEvent event = new AuditEvent(Instant.now(), actor, "10.1.1.1", type, "account:" + actor,
					AuditOutcome.FAILURE, "");
			this.transaction.executeWithoutResult((status) -> this.log.append(event));
		}
		AuditQuery failures = new AuditQuery(Optional.of(start), Optional.empty(), Optional.of(actor),
				Optional.of(AuditType.LOGIN_FAILED), Optional.of("account:" + actor));
		assertThat(this.log.count(failures)).isEqualTo(2);
		List<AuditRecord> page = this.log.search(failures, 0, 10);
		assertThat(page).hasSize(2);
		assertThat(page.get(0).id()).isGreaterThan(page.get(1).id());
	}

	@Test
	void aRowKeepsItsObjectsNameUnderItsHashAndIsFoundByAPartOfIt() throws SQLException {
		// as the database keeps it, so that the event is found from its own instant
		Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String task = Fixtures.unique("建设老年友好型社区");
		AuditEvent event = new AuditEvent(start, "office", "10.1.1.1", AuditType.TASK_CHANGED, "task:7",
				"任务「" + task + "」《昆区2022年老龄工作推进方案》", AuditOutcome.SUCCESS, "重点任务：旧 → 新");
		AuditRecord kept = this.transaction.execute((status) -> this.log.append(event));

		AuditQuery byName = new AuditQuery(Optional.of(start), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.of(task));
		assertThat(this.log.search(byName, 0, 10)).singleElement()
			.satisfies((r) -> assertThat(r.event().objectName()).isEqualTo(event.objectName()));
		AuditQuery byKey = new AuditQuery(Optional.of(start), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.of("task:7"));
		assertThat(this.log.count(byKey)).isEqualTo(1);
		AuditQuery wildcard = new AuditQuery(Optional.of(start), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.of("%"));
		assertThat(this.log.count(wildcard)).isZero();
		assertThat(verifyFrom(start).intact()).isTrue();
		try {
			asOwner("alter table audit_event disable trigger tg_audit_event_rows",
					"update audit_event set object_name = '任务「别的任务」' where id = " + kept.id(),
					"alter table audit_event enable trigger tg_audit_event_rows");
			assertThat(verifyFrom(start).firstBrokenId()).contains(kept.id());
		}
		finally {
			asOwner("alter table audit_event disable trigger tg_audit_event_rows",
					"update audit_event set object_name = '" + event.objectName() + "' where id = " + kept.id(),
					"alter table audit_event enable trigger tg_audit_event_rows");
		}
		assertThat(verifyFrom(start).intact()).isTrue();
	}

	@Test
	void eachRowIsSealedAndTheHeadFollowsTheNewestRow() {
		List<AuditRecord> records = append(Instant.now(), 2);
		AuditRecord newest = records.get(1);
		assertThat(newest.seal()).contains(this.seal.ofRow(newest.hash()));
		assertThat(newest.previousAt()).contains(records.get(0).event().occurredAt());
		assertThat(this.jdbc.queryForMap("select last_id, last_hash, seal from audit_head"))
			.containsEntry("last_id", newest.id())
			.containsEntry("last_hash", newest.hash())
			.containsEntry("seal", this.seal.ofHead(newest.id(), newest.hash()));
		assertThat(this.log.verify(Instant.now()).intact()).isTrue();
	}

	@Test
	void theApplicationRoleCannotWriteTheHeadNorMoveItBackNorToARowThatIsNot() {
		List<AuditRecord> records = append(Instant.now(), 2);
		AuditRecord older = records.get(0);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_head set last_id = ?", older.id()))
			.withStackTraceContaining("permission denied for table audit_head");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_head"))
			.withStackTraceContaining("permission denied for table audit_head");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.queryForList("select audit_head_advance(?, ?, ?)", older.id(), older.hash(),
					this.seal.ofHead(older.id(), older.hash())))
			.withStackTraceContaining("only moves forward");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.queryForList("select audit_head_advance(?, ?, ?)", older.id() + 1000,
					older.hash(), older.hash()))
			.withStackTraceContaining("must point to a row of the log");
		assertThat(this.jdbc.queryForObject("select last_id from audit_head", Long.class))
			.isEqualTo(records.get(1).id());
	}

	@Test
	void theOwnerPuttingBackAnOlderHeadWithTheNewestRowsRemovedIsFoundWhileTheApplicationRuns() throws SQLException {
		append(Instant.now(), 1);
		Map<String, Object> older = this.jdbc.queryForMap("select last_id, last_hash, seal from audit_head");
		List<AuditRecord> newest = append(Instant.now(), 2);
		String ids = newest.get(0).id() + ", " + newest.get(1).id();
		try {
			asOwner("create table audit_event_kept as select * from audit_event where id in (" + ids + ")",
					"alter table audit_event disable trigger tg_audit_event_rows",
					"delete from audit_event where id in (" + ids + ")",
					"alter table audit_event enable trigger tg_audit_event_rows",
					"update audit_head set last_id = " + older.get("last_id") + ", last_hash = '"
							+ older.get("last_hash") + "', seal = '" + older.get("seal") + "'");
			assertThat(this.log.verify(Instant.now()).problem())
				.contains(new AuditBreak(AuditBreak.Kind.NEWEST_REMOVED, newest.get(1).id()));
		}
		finally {
			asOwner("insert into audit_event overriding system value select * from audit_event_kept",
					"drop table audit_event_kept",
					"update audit_head set last_id = " + newest.get(1).id() + ", last_hash = '" + newest.get(1).hash()
							+ "', seal = '" + this.seal.ofHead(newest.get(1).id(), newest.get(1).hash()) + "'");
		}
		assertThat(this.log.verify(Instant.now()).intact()).isTrue();
	}

}
