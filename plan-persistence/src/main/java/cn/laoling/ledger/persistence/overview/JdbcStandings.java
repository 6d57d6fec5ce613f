package cn.laoling.ledger.persistence.overview;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.overview.StandingQuery;
import cn.laoling.ledger.overview.Standings;
import cn.laoling.ledger.overview.TargetMark;
import cn.laoling.ledger.overview.TaskBrief;
import cn.laoling.ledger.overview.TaskStanding;
import cn.laoling.ledger.overview.TaskState;
import cn.laoling.ledger.persistence.SqlArrays;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.unit.UnitId;

/**
 * Kept standings in {@code task_standing} and its target and duty rows; the triggers of
 * V16 record every change they are computed from in {@code standing_change}.
 */
@Repository
@Transactional(readOnly = true)
class JdbcStandings implements Standings {

	/** The advisory lock class of a plan's standing (the second key is the plan). */
	private static final int LOCK_CLASS = 16;

	private final JdbcTemplate jdbc;

	JdbcStandings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<PlanId> stale(Collection<PlanId> plans, LocalDate day, String rules) {
		if (plans.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				select p.id from unnest(?::bigint[]) as p (id)
				where not exists (select 1 from plan_standing s where s.plan_id = p.id and s.as_of = ? and s.rules = ?)
				   or exists (select 1 from standing_change c where c.plan_id = p.id)
				order by p.id""", (rs, n) -> new PlanId(rs.getLong(1)),
				SqlArrays.ids(plans.stream().map(PlanId::value)), Date.valueOf(day), rules);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> claim(PlanId plan) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", LOCK_CLASS, Math.toIntExact(plan.value()));
		return this.jdbc.queryForList("select tx from standing_change where plan_id = ?", Long.class, plan.value());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void replace(PlanId plan, LocalDate day, String rules, List<TaskStanding> tasks, List<Long> claimed) {
		this.jdbc.update("delete from task_standing where plan_id = ?", plan.value());
		this.jdbc.batchUpdate("""
				insert into task_standing (task_id, plan_id, position, number, brief, section, lead_units, units,
				    due_date, light, standing, done, overdue, last_reported)
				values (?, ?, ?, ?, ?, ?, ?::bigint[], ?::bigint[], ?, ?, ?, ?, ?, ?)""", tasks, 500, (ps, t) -> {
			TaskState s = t.state();
			ps.setLong(1, s.task().id().value());
			ps.setLong(2, plan.value());
			ps.setInt(3, t.position());
			ps.setString(4, s.task().number().value());
			ps.setString(5, s.task().text());
			ps.setString(6, s.section());
			ps.setString(7, SqlArrays.ids(s.task().leadUnits().stream().map(UnitId::value)));
			ps.setString(8, SqlArrays.ids(t.named().stream().map(UnitId::value)));
			ps.setDate(9, Date.valueOf(s.task().due()));
			ps.setString(10, s.light().name());
			ps.setString(11, (s.standing() == null) ? null : s.standing().name());
			ps.setBoolean(12, s.done());
			ps.setBoolean(13, s.overdue());
			ps.setDate(14, (s.lastReported() == null) ? null : Date.valueOf(s.lastReported()));
		});
		List<Object[]> targets = new ArrayList<>();
		List<Object[]> duties = new ArrayList<>();
		for (TaskStanding t : tasks) {
			long task = t.state().task().id().value();
			for (int i = 0; i < t.state().targets().size(); i++) {
				TargetMark m = t.state().targets().get(i);
				targets.add(new Object[] { task, plan.value(), i, m.measure(), m.counted(), m.goal(), m.expected(),
						m.actual() });
			}
			t.owed()
				.forEach((o) -> duties
					.add(new Object[] { task, plan.value(), o.unit().value(), o.outcome().ordinal() + 1 }));
		}
		this.jdbc.batchUpdate("""
				insert into task_standing_target (task_id, plan_id, ordinal, measure, counted, goal, expected, actual)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", targets);
		this.jdbc.batchUpdate("insert into task_standing_duty (task_id, plan_id, unit_id, outcome) values (?, ?, ?, ?)",
				duties);
		this.jdbc.update("""
				insert into plan_standing (plan_id, as_of, rules, refreshed_at, generation)
				values (?, ?, ?, now(), nextval('standing_generation'))
				on conflict (plan_id) do update
				set as_of = excluded.as_of, rules = excluded.rules, refreshed_at = excluded.refreshed_at,
				    generation = excluded.generation""", plan.value(), Date.valueOf(day), rules);
		this.jdbc.update("delete from standing_change where plan_id = ? and tx = any(?::bigint[])", plan.value(),
				SqlArrays.ids(claimed.stream()));
	}

	@Override
	public List<TaskState> find(StandingQuery query) {
		List<Object> targetArgs = new ArrayList<>();
		String targetWhere = where(query, targetArgs, "t");
		Map<Long, List<TargetMark>> targets = new HashMap<>();
		this.jdbc.query("""
				select t.task_id, t.measure, t.counted, t.goal, t.expected, t.actual
				from task_standing_target t join task_standing s on s.task_id = t.task_id
				where %s order by t.task_id, t.ordinal""".formatted(targetWhere), (ResultSet rs) -> {
			targets.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new TargetMark(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6)));
		}, targetArgs.toArray());
		List<Object> args = new ArrayList<>();
		String where = where(query, args, "s");
		return this.jdbc.query("""
				select s.task_id, s.plan_id, s.number, s.brief, s.lead_units, s.due_date, p.title, s.section,
				       s.light, s.standing, s.done, s.overdue, s.last_reported
				from task_standing s join plan p on p.id = s.plan_id
				where %s order by s.plan_id, s.position""".formatted(where), (rs, n) -> {
			Date last = rs.getDate("last_reported");
			String standing = rs.getString("standing");
			long task = rs.getLong("task_id");
			return new TaskState(
					new TaskBrief(new TaskId(task), new PlanId(rs.getLong("plan_id")),
							new TaskNumber(rs.getString("number")), rs.getString("brief"),
							units(rs.getArray("lead_units")), rs.getDate("due_date").toLocalDate()),
					rs.getString("title"), rs.getString("section"), Light.valueOf(rs.getString("light")),
					(standing == null) ? null : Standing.valueOf(standing), rs.getBoolean("done"),
					rs.getBoolean("overdue"), targets.getOrDefault(task, List.of()),
					(last == null) ? null : last.toLocalDate());
		}, args.toArray());
	}

	@Override
	public List<Overview.UnitReporting> reporting(StandingQuery query) {
		List<Object> args = new ArrayList<>();
		String where = where(query, args, "d");
		if (query.reportsOf() != null) {
			where += " and d.unit_id = any(?::bigint[])";
			args.add(SqlArrays.ids(query.reportsOf().stream().map(UnitId::value)));
		}
		return this.jdbc.query("""
				select d.unit_id, count(*) as due, count(*) filter (where d.outcome = 1) as on_time,
				       count(*) filter (where d.outcome = 2) as late
				from task_standing_duty d join task_standing s on s.task_id = d.task_id
				where %s group by d.unit_id order by d.unit_id""".formatted(where),
				(rs, n) -> new Overview.UnitReporting(new UnitId(rs.getLong("unit_id")), rs.getInt("due"),
						rs.getInt("on_time"), rs.getInt("late")),
				args.toArray());
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public OptionalLong generationIfCurrent(Collection<PlanId> plans, LocalDate day, String rules) {
		Long generation = this.jdbc.queryForObject(
				"""
						with p (id) as (select unnest(?::bigint[]))
						select case when exists (select 1 from p
						        where not exists (select 1 from plan_standing s where s.plan_id = p.id and s.as_of = ? and s.rules = ?)
						           or exists (select 1 from standing_change c where c.plan_id = p.id))
						    then null
						    else (select coalesce(max(s.generation), 0) from plan_standing s join p on p.id = s.plan_id) end""",
				Long.class, SqlArrays.ids(plans.stream().map(PlanId::value)), Date.valueOf(day), rules);
		return (generation == null) ? OptionalLong.empty() : OptionalLong.of(generation);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public long generation(Collection<PlanId> plans) {
		return this.jdbc.queryForObject(
				"select coalesce(max(generation), 0) from plan_standing where plan_id = any(?::bigint[])", Long.class,
				SqlArrays.ids(plans.stream().map(PlanId::value)));
	}

	@Override
	@Transactional
	public void prune() {
		this.jdbc
			.update("delete from standing_change c where not exists (select 1 from plan p where p.id = c.plan_id)");
	}

	/**
	 * The plans on the rows of the alias (whose plan index is used), the units on the
	 * task's.
	 */
	private static String where(StandingQuery query, List<Object> args, String alias) {
		StringBuilder where = new StringBuilder(alias + ".plan_id = any(?::bigint[])");
		args.add(SqlArrays.ids(query.plans().stream().map(PlanId::value)));
		query.involving().forEach((units) -> {
			where.append(" and s.units && ?::bigint[]");
			args.add(SqlArrays.ids(units.stream().map(UnitId::value)));
		});
		return where.toString();
	}

	private static List<UnitId> units(Array array) throws SQLException {
		List<UnitId> units = new ArrayList<>();
		for (Long id : (Long[]) array.getArray()) {
			units.add(new UnitId(id));
		}
		return units;
	}

}
