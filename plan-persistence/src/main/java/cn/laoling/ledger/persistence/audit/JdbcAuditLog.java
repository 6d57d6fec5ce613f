package cn.laoling.ledger.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.laoling.ledger.audit.AuditChain;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditHead;
import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditQuery;
import cn.laoling.ledger.audit.AuditRecord;
import cn.laoling.ledger.audit.AuditSeal;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.audit.AuditVerification;

/**
 * The audit log in plain SQL: rows are only inserted and read. Appends are serialised by
 * a transaction-scoped advisory lock, held until the caller's transaction ends, so that
 * each row chains to the row committed before it. Each row is sealed with the
 * application's key, and the head of the log moved to it through the owner's
 * {@code audit_head_advance} (the application's role cannot write the head itself).
 */
@Repository
@Transactional(readOnly = true)
class JdbcAuditLog implements AuditLog {

	/**
	 * Any fixed number; it names the audit chain's lock among PostgreSQL's advisory
	 * locks.
	 */
	private static final long CHAIN_LOCK = 0x4c65646765724155L;

	private static final String COLUMNS = "id, occurred_at, actor, client_ip, type, object, object_name, outcome, detail, "
			+ "previous_hash, previous_at, hash, seal";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditSeal seal;

	/** The newest row this application wrote and committed since it started. */
	private final AtomicReference<AuditHead> written = new AtomicReference<>();

	JdbcAuditLog(JdbcClient jdbc, JdbcTemplate template, AuditSeal seal) {
		this.jdbc = jdbc;
		this.template = template;
		this.seal = seal;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditRecord append(AuditEvent event) {
		this.jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		Optional<Previous> last = this.jdbc.sql("select hash, occurred_at from audit_event order by id desc limit 1")
			.query((rs, n) -> new Previous(rs.getString("hash"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.optional();
		// chained to the head, the newest row this application wrote, not to whatever is
		// last
		// in the table: rows deleted from the end stay found after the next row is
		// written
		String previous = this.jdbc.sql("select last_hash from audit_head")
			.query(String.class)
			.optional()
			.orElseGet(() -> last.map(Previous::hash).orElse(AuditChain.GENESIS));
		Optional<Instant> previousAt = last.map(Previous::at);
		String hash = AuditChain.hash(previous, previousAt, event);
		String seal = this.seal.ofRow(hash);
		long id = this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, client_ip, type, object, object_name, outcome, detail,
				    previous_hash, previous_at, hash, seal)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(utc(event.occurredAt()), event.actor(), event.clientIp(), event.type().name(), event.object(),
					event.objectName(), event.outcome().name(), event.detail(), previous,
					previousAt.map(JdbcAuditLog::utc).orElse(null), hash, seal)
			.query(Long.class)
			.single();
		AuditRecord record = new AuditRecord(id, event, previous, previousAt, hash, Optional.of(seal));
		AuditHead head = AuditHead.of(record, this.seal);
		this.jdbc.sql("select audit_head_advance(?, ?, ?)")
			.params(head.id(), head.hash(), head.seal())
			.query((rs, n) -> 1)
			.list();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				JdbcAuditLog.this.written.accumulateAndGet(head,
						(known, added) -> (known == null || added.id() > known.id()) ? added : known);
			}
		});
		return record;
	}

	/**
	 * Checks the whole log in one snapshot against the head kept in the database and the
	 * newest row this application wrote since it started, which is read first: it is
	 * remembered only once committed, so the snapshot that follows holds it.
	 */
	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditVerification verify(Instant now) {
		List<AuditHead> heads = new ArrayList<>();
		Optional.ofNullable(this.written.get()).ifPresent(heads::add);
		this.jdbc.sql("select last_id, last_hash, seal from audit_head")
			.query((rs, n) -> new AuditHead(rs.getLong("last_id"), rs.getString("last_hash"), rs.getString("seal")))
			.optional()
			.ifPresent(heads::add);
		AuditChain.Verification verification = AuditChain.verify(this.seal, now, heads);
		forEach(AuditQuery.everything(), verification::accept);
		return verification.result();
	}

	@Override
	public List<AuditRecord> search(AuditQuery query, int offset, int limit) {
		Where where = Where.of(query);
		List<Object> params = new ArrayList<>(where.params());
		params.add(limit);
		params.add(offset);
		return this.template.query(
				"select " + COLUMNS + " from audit_event" + where.sql() + " order by id desc limit ? offset ?",
				JdbcAuditLog::toRecord, params.toArray());
	}

	@Override
	public long count(AuditQuery query) {
		Where where = Where.of(query);
		Long count = this.template.queryForObject("select count(*) from audit_event" + where.sql(), Long.class,
				where.params().toArray());
		return (count != null) ? count : 0;
	}

	@Override
	public void forEach(AuditQuery query, Consumer<AuditRecord> consumer) {
		Where where = Where.of(query);
		this.template.query((connection) -> {
			var statement = connection
				.prepareStatement("select " + COLUMNS + " from audit_event" + where.sql() + " order by id");
			statement.setFetchSize(500);
			for (int i = 0; i < where.params().size(); i++) {
				statement.setObject(i + 1, where.params().get(i));
			}
			return statement;
		}, (RowCallbackHandler) (rs) -> consumer.accept(toRecord(rs, 0)));
	}

	private static AuditRecord toRecord(ResultSet rs, int row) throws SQLException {
		AuditEvent event = new AuditEvent(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("client_ip"), AuditType.valueOf(rs.getString("type")),
				rs.getString("object"), rs.getString("object_name"), AuditOutcome.valueOf(rs.getString("outcome")),
				rs.getString("detail"));
		OffsetDateTime previousAt = rs.getObject("previous_at", OffsetDateTime.class);
		return new AuditRecord(rs.getLong("id"), event, rs.getString("previous_hash"),
				Optional.ofNullable(previousAt).map(OffsetDateTime::toInstant), rs.getString("hash"),
				Optional.ofNullable(rs.getString("seal")));
	}

	private record Previous(String hash, Instant at) {
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Where(String sql, List<Object> params) {

		static Where of(AuditQuery query) {
			List<String> conditions = new ArrayList<>();
			List<Object> params = new ArrayList<>();
			query.from().ifPresent((from) -> {
				conditions.add("occurred_at >= ?");
				params.add(utc(from));
			});
			query.to().ifPresent((to) -> {
				conditions.add("occurred_at < ?");
				params.add(utc(to));
			});
			query.actor().ifPresent((actor) -> {
				conditions.add("actor = ?");
				params.add(actor);
			});
			query.type().ifPresent((type) -> {
				conditions.add("type = ?");
				params.add(type.name());
			});
			query.object().ifPresent((object) -> {
				conditions.add("(object = ? or object_name like ? escape '\\')");
				params.add(object);
				params.add("%" + object.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			});
			return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
		}

	}

}
