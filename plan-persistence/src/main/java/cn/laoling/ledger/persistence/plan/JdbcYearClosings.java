package cn.laoling.ledger.persistence.plan;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.YearClosing;
import cn.laoling.ledger.plan.YearClosings;

/** 年度结转 in {@code plan_year_closed}: one row per plan and year, the last closing. */
@Repository
@Transactional(readOnly = true)
class JdbcYearClosings implements YearClosings {

	private final JdbcTemplate jdbc;

	JdbcYearClosings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearClosing> of(PlanId plan) {
		return this.jdbc.query(
				"select year, closed_at, closed_by from plan_year_closed where plan_id = ? order by year",
				(rs, n) -> new YearClosing(plan, rs.getInt("year"), rs.getTimestamp("closed_at").toInstant(),
						rs.getString("closed_by")),
				plan.value());
	}

	@Override
	@Transactional
	public void record(YearClosing closing) {
		this.jdbc
			.update("""
					insert into plan_year_closed (plan_id, year, closed_at, closed_by) values (?, ?, ?, ?)
					on conflict (plan_id, year) do update set closed_at = excluded.closed_at, closed_by = excluded.closed_by""",
					closing.plan().value(), closing.year(), Timestamp.from(closing.at()), closing.by());
	}

}
