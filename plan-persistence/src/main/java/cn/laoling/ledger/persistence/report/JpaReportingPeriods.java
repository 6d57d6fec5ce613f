package cn.laoling.ledger.persistence.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.SqlArrays;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.report.PeriodState;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;

@Repository
@Transactional(readOnly = true)
class JpaReportingPeriods implements ReportingPeriods {

	/**
	 * Periods are read by JDBC: a liaison's pages read those of every plan its unit works
	 * on.
	 */
	private static final String PERIODS = "select id, plan_id, year, quarter, due_date, state, version from reporting_period ";

	private final ReportingPeriodRepository repository;

	private final JdbcTemplate jdbc;

	JpaReportingPeriods(ReportingPeriodRepository repository, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ReportingPeriod> findById(ReportingPeriodId id) {
		return this.repository.findById(id.value()).map(JpaReportingPeriods::toDomain);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ReportingPeriod> forPlan(PlanId plan) {
		return this.jdbc.query(PERIODS + "where plan_id = ? order by year, quarter", JpaReportingPeriods::period,
				plan.value());
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<PlanId, List<ReportingPeriod>> bearingOn(Collection<PlanId> plans, LocalDate day) {
		if (plans.isEmpty()) {
			return Map.of();
		}
		// within the plan's span as ReportingPeriod.within has it: the quarter ends on or
		// after
		// the plan's start and starts on or before its end
		return this.jdbc
			.query("""
					select id, plan_id, year, quarter, due_date, state, version from (
					    select rp.*, q.start_day,
					           row_number() over (partition by rp.plan_id order by rp.year, rp.quarter) as from_first,
					           row_number() over (partition by rp.plan_id order by rp.year desc, rp.quarter desc) as from_last,
					           row_number() over (partition by rp.plan_id, q.start_day <= ?
					                              order by rp.year desc, rp.quarter desc) as begun_rank
					    from reporting_period rp
					    join plan p on p.id = rp.plan_id
					    cross join lateral (select make_date(rp.year, rp.quarter * 3 - 2, 1) as start_day) q
					    where rp.plan_id = any(?::bigint[])
					      and q.start_day <= p.period_end and q.start_day + interval '3 months' > p.period_start
					) w
					where from_first = 1 or from_last = 1 or (start_day <= ? and begun_rank = 1)
					order by year, quarter""",
					JpaReportingPeriods::period, day, SqlArrays.ids(plans.stream().map(PlanId::value)), day)
			.stream()
			.collect(Collectors.groupingBy(ReportingPeriod::planId));
	}

	private static ReportingPeriod period(ResultSet rs, int row) throws SQLException {
		return new ReportingPeriod(new ReportingPeriodId(rs.getLong("id")), new PlanId(rs.getLong("plan_id")),
				new Quarter(rs.getInt("year"), rs.getInt("quarter")), rs.getObject("due_date", LocalDate.class),
				PeriodState.valueOf(rs.getString("state")), rs.getLong("version"));
	}

	@Override
	@Transactional
	public ReportingPeriod save(ReportingPeriod period) {
		ReportingPeriodEntity entity = (period.id() == null) ? new ReportingPeriodEntity() : Versions
			.loadForEdit(this.repository, "reportingPeriod", period.id().value(), period.version(), (e) -> e.version);
		entity.planId = period.planId().value();
		entity.year = period.quarter().year();
		entity.quarter = period.quarter().number();
		entity.dueDate = period.dueDate();
		entity.state = period.state();
		return toDomain(Versions.saveAndFlush(this.repository, entity, "reportingPeriod", entity.id));
	}

	private static ReportingPeriod toDomain(ReportingPeriodEntity e) {
		return new ReportingPeriod(new ReportingPeriodId(e.id), new PlanId(e.planId), new Quarter(e.year, e.quarter),
				e.dueDate, e.state, e.version);
	}

}
