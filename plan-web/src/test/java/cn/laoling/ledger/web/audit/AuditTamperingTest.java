package cn.laoling.ledger.web.audit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.laoling.ledger.audit.AuditBreak;
import cn.laoling.ledger.audit.AuditChain;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditQuery;
import cn.laoling.ledger.audit.AuditRecord;
import cn.laoling.ledger.audit.AuditSeal;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.persistence.testing.TestDatabase;
import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The audit log attacked as issue 18 found it open: by the database's owner (a row
 * changed and every hash after it recomputed, the newest rows deleted, a first part
 * younger than the retention time deleted) and by the application's own database role (a
 * row appended with a right hash). The audit administrator's 校验完整性 finds each and says
 * what is wrong and where; once the rows are put back the log is whole again. What a user
 * types is stored exactly as it is hashed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTamperingTest {

	@Autowired
	AuditLog log;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	/** The application's key: the tests hold it to put the log back as it was. */
	@Autowired
	AuditSeal seal;

	/** Connected as the application's own database role. */
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRowTheOwnerChangedAndRehashedIsFoundAsNotSealedByTheApplication() throws Exception {
		long row = newRows(3).get(0);
		String actor = this.jdbc.queryForObject("select actor from audit_event where id = ?", String.class, row);
		try {
			rehashFrom(row, "office", null);
			assertFound(AuditBreak.Kind.NOT_SEALED, row, "第 " + row + " 号记录没有本系统审计写入的签章");
		}
		finally {
			rehashFrom(row, actor, this.seal);
		}
		assertWhole();
	}

	@Test
	void theNewestRowsDeletedByTheOwnerAreFound() throws Exception {
		List<Long> rows = newRows(3);
		String ids = rows.get(0) + ", " + rows.get(1) + ", " + rows.get(2);
		try {
			asOwner("create table audit_event_kept as select * from audit_event where id in (" + ids + ")",
					"alter table audit_event disable trigger tg_audit_event_rows",
					"delete from audit_event where id in (" + ids + ")",
					"alter table audit_event enable trigger tg_audit_event_rows");
			assertFound(AuditBreak.Kind.NEWEST_REMOVED, rows.get(2), "本系统最后写入的第 " + rows.get(2) + " 号记录已不在日志中");
			// the application writes on (the check's own row): it still points to the
			// newest row written before, so the gap stays found
			long next = this.jdbc.queryForObject("select max(id) from audit_event", Long.class);
			assertFound(AuditBreak.Kind.UNLINKED, next, "第 " + next + " 号记录之前有记录被删除或插入");
		}
		finally {
			asOwner("insert into audit_event overriding system value select * from audit_event_kept",
					"drop table audit_event_kept");
			// the check's own row was chained to what was left: chain it again
			rehashFrom(rows.get(0), null, this.seal);
		}
		assertWhole();
	}

	@Test
	void aFirstPartDeletedYoungerThanTheRetentionTimeIsFound() throws Exception {
		newRows(1);
		List<Long> first = this.jdbc.queryForList("select id from audit_event order by id limit 3", Long.class);
		String ids = first.get(0) + ", " + first.get(1);
		try {
			asOwner("create table audit_event_kept as select * from audit_event where id in (" + ids + ")",
					"alter table audit_event disable trigger tg_audit_event_rows",
					"delete from audit_event where id in (" + ids + ")",
					"alter table audit_event enable trigger tg_audit_event_rows");
			assertFound(AuditBreak.Kind.YOUNG_PREFIX_REMOVED, first.get(2),
					"第 " + first.get(2) + " 号记录之前的记录未满 180 天保存期即被删除");
		}
		finally {
			asOwner("insert into audit_event overriding system value select * from audit_event_kept",
					"drop table audit_event_kept");
		}
		assertWhole();
	}

	@Test
	void aRowTheApplicationsRoleAppendsWithARightHashIsFound() throws Exception {
		newRows(1);
		AuditRecord last = records().get(records().size() - 1);
		// what the application's database role can do on its own: the chain is public,
		// the
		// key is not
		AuditEvent forged = new AuditEvent(last.event().occurredAt().plusMillis(1), "secadmin", "10.0.0.1",
				AuditType.ROLE_CHANGED, "account:1", AuditOutcome.SUCCESS, "LIAISON -> SECURITY_ADMIN");
		String hash = AuditChain.hash(last.hash(), Optional.of(last.event().occurredAt()), forged);
		long id = this.jdbc.queryForObject("""
				insert into audit_event (occurred_at, actor, client_ip, type, object, outcome, detail, previous_hash,
				    previous_at, hash, seal)
				select occurred_at + interval '1 millisecond', 'secadmin', '10.0.0.1', 'ROLE_CHANGED', 'account:1',
				    'SUCCESS', 'LIAISON -> SECURITY_ADMIN', hash, occurred_at, ?, ?
				from audit_event where id = ? returning id""", Long.class, hash, hash, last.id());
		this.jdbc.queryForList("select audit_head_advance(?, ?, ?)", id, hash, hash);
		try {
			assertFound(AuditBreak.Kind.NOT_SEALED, id, "第 " + id + " 号记录没有本系统审计写入的签章");
		}
		finally {
			asOwner("alter table audit_event disable trigger tg_audit_event_rows",
					"delete from audit_event where id = " + id,
					"alter table audit_event enable trigger tg_audit_event_rows");
			rehashFrom(id + 1, null, this.seal);
		}
		assertWhole();
	}

	@Test
	void whatIsTypedIsStoredAsItIsHashedHoweverLongAndWhereverItsSpacesFall() throws Exception {
		// a name of 51 characters whose 50th is a space, and a search whose detail is cut
		// right after a space
		this.mvc.perform(post("/login").param("username", "a".repeat(49) + " b").param("password", "x").with(csrf()));
		String object = "x".repeat(453) + " " + "y".repeat(100);
		this.mvc.perform(get("/audit/export").param("object", object).with(this.demo.as("auditadmin")));
		String detail = this.jdbc.queryForObject("select detail from audit_event order by id desc limit 1",
				String.class);
		assertThat(detail).endsWith("x").hasSize(499);
		assertWhole();
	}

	/** Rows the application writes now, by a leader asking for a page not theirs. */
	private List<Long> newRows(int count) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			this.mvc.perform(get("/units").with(this.demo.as("leader")));
			ids.add(this.jdbc.queryForObject("select max(id) from audit_event", Long.class));
		}
		return ids;
	}

	private List<AuditRecord> records() {
		List<AuditRecord> records = new ArrayList<>();
		this.log.forEach(AuditQuery.everything(), records::add);
		return records;
	}

	/**
	 * Recomputes every hash from a row on, as an owner with every right on the database
	 * can, with the row's actor changed. Only with the application's key ({@code reseal})
	 * are the seals and the head made again, which puts the log back as it was.
	 */
	private void rehashFrom(long from, String actor, AuditSeal reseal) throws SQLException {
		List<String> statements = new ArrayList<>(
				List.of("alter table audit_event disable trigger tg_audit_event_rows"));
		String previous = null;
		AuditRecord last = null;
		String lastHash = null;
		for (AuditRecord r : records()) {
			if (r.id() < from) {
				previous = r.hash();
				continue;
			}
			AuditEvent e = r.event();
			AuditEvent event = (r.id() == from && actor != null) ? new AuditEvent(e.occurredAt(), actor, e.clientIp(),
					e.type(), e.object(), e.objectName(), e.outcome(), e.detail()) : e;
			String previousHash = (previous != null) ? previous : r.previousHash();
			String hash = AuditChain.hash(previousHash, r.previousAt(), event);
			String sealed = (reseal != null) ? "'" + reseal.ofRow(hash) + "'"
					: r.seal().map((s) -> "'" + s + "'").orElse("null");
			statements
				.add("update audit_event set actor = '" + event.actor().replace("'", "''") + "', previous_hash = '"
						+ previousHash + "', hash = '" + hash + "', seal = " + sealed + " where id = " + r.id());
			previous = hash;
			last = r;
			lastHash = hash;
		}
		statements.add("alter table audit_event enable trigger tg_audit_event_rows");
		if (reseal != null && last != null) {
			statements.add("update audit_head set last_id = " + last.id() + ", last_hash = '" + lastHash + "', seal = '"
					+ reseal.ofHead(last.id(), lastHash) + "'");
		}
		asOwner(statements.toArray(String[]::new));
	}

	/**
	 * The audit administrator's check finds the problem at the row, and the page says so
	 * in words.
	 */
	private void assertFound(AuditBreak.Kind kind, long row, String words) throws Exception {
		MvcResult result = this.mvc.perform(post("/audit/verify").with(this.demo.as("auditadmin")).with(csrf()))
			.andReturn();
		VerificationShown verification = (VerificationShown) result.getFlashMap().get("verification");
		assertThat(verification.kind()).isEqualTo(kind);
		assertThat(verification.rowId()).isEqualTo(row);
		String page = this.mvc
			.perform(get("/audit").flashAttr("verification", verification).with(this.demo.as("auditadmin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("校验未通过", words);
		Map<String, Object> kept = this.jdbc.queryForMap(
				"select outcome, detail from audit_event where type = 'AUDIT_VERIFIED' order by id desc limit 1");
		assertThat(kept).containsEntry("outcome", "FAILURE")
			.containsEntry("detail", verification.checked() + " rows, " + kind.name() + " at " + row);
	}

	/** After a row is written (the application's own newest row known again), whole. */
	private void assertWhole() throws Exception {
		newRows(1);
		MvcResult result = this.mvc.perform(post("/audit/verify").with(this.demo.as("auditadmin")).with(csrf()))
			.andReturn();
		VerificationShown verification = (VerificationShown) result.getFlashMap().get("verification");
		assertThat(verification.intact()).isTrue();
	}

	private static void asOwner(String... statements) throws SQLException {
		TestDatabase.get().executeAsOwner(statements);
	}

}
