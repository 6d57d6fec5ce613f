package cn.laoling.ledger.persistence.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.notice.Receipt;
import cn.laoling.ledger.notice.Receipts;
import cn.laoling.ledger.unit.UnitId;

/** 签收 rows in {@code notice_receipt}: one per unit, acknowledged at most once. */
@Repository
@Transactional(readOnly = true)
class JdbcReceipts implements Receipts {

	private final JdbcTemplate jdbc;

	JdbcReceipts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void expect(NoticeId notice, Collection<UnitId> units) {
		this.jdbc.batchUpdate("insert into notice_receipt (notice_id, unit_id) values (?, ?) on conflict do nothing",
				units.stream().map((u) -> new Object[] { notice.value(), u.value() }).toList());
	}

	@Override
	@Transactional
	public boolean acknowledge(NoticeId notice, UnitId unit, String by, Instant at) {
		return this.jdbc.update("""
				update notice_receipt set acknowledged_by = ?, acknowledged_at = ?
				where notice_id = ? and unit_id = ? and acknowledged_at is null""", by, Timestamp.from(at),
				notice.value(), unit.value()) == 1;
	}

	/** Without a transaction of its own: read for the navigation of every page. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public int awaiting(UnitId unit) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from notice_receipt r join notice n on n.id = r.notice_id
				where r.unit_id = ? and r.acknowledged_at is null and n.state = 'PUBLISHED'""", Integer.class,
				unit.value());
		return (count != null) ? count : 0;
	}

	@Override
	public List<Receipt> of(NoticeId notice) {
		return this.jdbc.query("""
				select unit_id, acknowledged_by, acknowledged_at from notice_receipt
				where notice_id = ? order by unit_id""", (rs, n) -> {
			Timestamp at = rs.getTimestamp("acknowledged_at");
			return new Receipt(new UnitId(rs.getLong("unit_id")), rs.getString("acknowledged_by"),
					(at == null) ? null : at.toInstant());
		}, notice.value());
	}

}
