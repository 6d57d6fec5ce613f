package cn.laoling.ledger.persistence.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.EvidenceFiles;
import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.report.ReportId;

/** Evidence files in {@code report_evidence}, content read only when it is asked for. */
@Repository
@Transactional(readOnly = true)
class JdbcEvidenceFiles implements EvidenceFiles {

	private final JdbcTemplate jdbc;

	JdbcEvidenceFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Evidence> of(ReportId report) {
		RowMapper<Evidence> row = (rs, n) -> new Evidence(rs.getLong("id"), report, rs.getString("file_name"),
				EvidenceKind.valueOf(rs.getString("kind")), rs.getLong("size"),
				rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
		return this.jdbc.query("""
				select id, file_name, kind, size, uploaded_at, uploaded_by from report_evidence
				where report_id = ? order by id""", row, report.value());
	}

	@Override
	@Transactional
	public Optional<Evidence> add(ReportId report, String fileName, EvidenceKind kind, byte[] content, Instant at,
			String by) {
		Evidence evidence = new Evidence(0, report, fileName, kind, content.length, at, by);
		// the report's row locked until the transaction ends: a parallel upload counts
		// after this one
		this.jdbc.queryForList("select id from report where id = ? for update", Long.class, report.value());
		Integer kept = this.jdbc.queryForObject("select count(*) from report_evidence where report_id = ?",
				Integer.class, report.value());
		if (kept != null && kept >= Evidence.MAX_PER_REPORT) {
			return Optional.empty();
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("""
					insert into report_evidence (report_id, file_name, kind, size, content, uploaded_at, uploaded_by)
					values (?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setLong(1, report.value());
			statement.setString(2, evidence.fileName());
			statement.setString(3, kind.name());
			statement.setLong(4, content.length);
			statement.setBytes(5, content);
			statement.setTimestamp(6, Timestamp.from(at));
			statement.setString(7, evidence.uploadedBy());
			return statement;
		}, key);
		return Optional.of(new Evidence(key.getKey().longValue(), report, evidence.fileName(), kind, content.length, at,
				evidence.uploadedBy()));
	}

	@Override
	public Optional<byte[]> content(ReportId report, long evidenceId) {
		return this.jdbc
			.query("select content from report_evidence where id = ? and report_id = ?",
					(rs, n) -> rs.getBytes("content"), evidenceId, report.value())
			.stream()
			.findFirst();
	}

	@Override
	@Transactional
	public boolean remove(ReportId report, long evidenceId) {
		return this.jdbc.update("delete from report_evidence where id = ? and report_id = ?", evidenceId,
				report.value()) == 1;
	}

}
