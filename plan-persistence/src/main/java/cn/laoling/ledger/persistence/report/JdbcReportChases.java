package cn.laoling.ledger.persistence.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.ReportChase;
import cn.laoling.ledger.report.ReportChases;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.unit.UnitId;

/**
 * 催报 in {@code report_chase}: the day is part of the key, so a unit is chased about a
 * task's period once a day.
 */
@Repository
@Transactional(readOnly = true)
class JdbcReportChases implements ReportChases {

	private final JdbcTemplate jdbc;

	JdbcReportChases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public boolean record(ReportChase chase) {
		return this.jdbc.update("""
				insert into report_chase (task_id, period_id, unit_id, chased_on, chased_by, chased_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", chase.task().value(), chase.period().value(),
				chase.unit().value(), Date.valueOf(chase.on()), chase.by(), Timestamp.from(chase.at())) == 1;
	}

	@Override
	public List<ReportChase> of(TaskId task, ReportingPeriodId period) {
		return this.jdbc.query("""
				select unit_id, chased_on, chased_by, chased_at from report_chase
				where task_id = ? and period_id = ? order by chased_at desc, unit_id""",
				(rs, n) -> new ReportChase(task, period, new UnitId(rs.getLong("unit_id")),
						rs.getDate("chased_on").toLocalDate(), rs.getString("chased_by"),
						rs.getTimestamp("chased_at").toInstant()),
				task.value(), period.value());
	}

}
