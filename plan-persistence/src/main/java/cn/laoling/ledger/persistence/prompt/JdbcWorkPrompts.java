package cn.laoling.ledger.persistence.prompt;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.prompt.PromptResponse;
import cn.laoling.ledger.prompt.WorkPrompt;
import cn.laoling.ledger.prompt.WorkPromptId;
import cn.laoling.ledger.prompt.WorkPrompts;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

/** 专项工作提示 in {@code work_prompt}, its tasks, and one response row per unit. */
@Repository
@Transactional(readOnly = true)
class JdbcWorkPrompts implements WorkPrompts {

	private final NamedParameterJdbcTemplate jdbc;

	JdbcWorkPrompts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public WorkPrompt create(WorkPrompt prompt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into work_prompt (region_id, title, body, respond_by, created_by, created_at)
				values (:region, :title, :body, :respondBy, :by, :at)""",
				new MapSqlParameterSource().addValue("region", prompt.regionId().value())
					.addValue("title", prompt.title())
					.addValue("body", prompt.body())
					.addValue("respondBy", Date.valueOf(prompt.respondBy()))
					.addValue("by", prompt.createdBy())
					.addValue("at", Timestamp.from(prompt.createdAt())),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		for (int i = 0; i < prompt.tasks().size(); i++) {
			this.jdbc.update(
					"insert into work_prompt_task (prompt_id, position, task_id) values (:id, :position, :task)",
					new MapSqlParameterSource("id", id).addValue("position", i)
						.addValue("task", prompt.tasks().get(i).value()));
		}
		for (UnitId unit : prompt.units()) {
			this.jdbc.update("insert into work_prompt_unit (prompt_id, unit_id) values (:id, :unit)",
					new MapSqlParameterSource("id", id).addValue("unit", unit.value()));
		}
		return prompt.withId(new WorkPromptId(id));
	}

	@Override
	public Optional<WorkPrompt> findById(WorkPromptId id) {
		return this.jdbc
			.query("select * from work_prompt where id = :id", new MapSqlParameterSource("id", id.value()),
					(rs, i) -> prompt(rs))
			.stream()
			.findFirst();
	}

	@Override
	public List<WorkPrompt> inRegions(Collection<RegionId> regions) {
		if (regions.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select * from work_prompt where region_id in (:regions) order by id desc",
				new MapSqlParameterSource("regions", regions.stream().map(RegionId::value).toList()),
				(rs, i) -> prompt(rs));
	}

	@Override
	public List<WorkPrompt> toUnits(Collection<UnitId> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				select * from work_prompt p where exists (select 1 from work_prompt_unit u
				  where u.prompt_id = p.id and u.unit_id in (:units)) order by id desc""",
				new MapSqlParameterSource("units", units.stream().map(UnitId::value).toList()), (rs, i) -> prompt(rs));
	}

	@Override
	public List<PromptResponse> responses(WorkPromptId id) {
		return this.jdbc.query("select * from work_prompt_unit where prompt_id = :id order by unit_id",
				new MapSqlParameterSource("id", id.value()),
				(rs, i) -> new PromptResponse(new UnitId(rs.getLong("unit_id")), rs.getString("acknowledged_by"),
						instant(rs, "acknowledged_at"), rs.getString("answer"), rs.getString("answered_by"),
						instant(rs, "answered_at")));
	}

	@Override
	@Transactional
	public boolean acknowledge(WorkPromptId id, UnitId unit, String by, Instant at) {
		return this.jdbc.update("""
				update work_prompt_unit set acknowledged_by = :by, acknowledged_at = :at
				where prompt_id = :id and unit_id = :unit and acknowledged_at is null""",
				params(id, unit, by, at)) == 1;
	}

	@Override
	@Transactional
	public void answer(WorkPromptId id, UnitId unit, String answer, String by, Instant at) {
		this.jdbc.update("""
				update work_prompt_unit set answer = :answer, answered_by = :by, answered_at = :at,
				  acknowledged_by = coalesce(acknowledged_by, :by), acknowledged_at = coalesce(acknowledged_at, :at)
				where prompt_id = :id and unit_id = :unit""", params(id, unit, by, at).addValue("answer", answer));
	}

	private static MapSqlParameterSource params(WorkPromptId id, UnitId unit, String by, Instant at) {
		return new MapSqlParameterSource("id", id.value()).addValue("unit", unit.value())
			.addValue("by", by)
			.addValue("at", Timestamp.from(at));
	}

	private WorkPrompt prompt(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		MapSqlParameterSource byId = new MapSqlParameterSource("id", id);
		List<UnitId> units = this.jdbc
			.queryForList("select unit_id from work_prompt_unit where prompt_id = :id order by unit_id", byId,
					Long.class)
			.stream()
			.map(UnitId::new)
			.toList();
		List<TaskId> tasks = this.jdbc
			.queryForList("select task_id from work_prompt_task where prompt_id = :id order by position", byId,
					Long.class)
			.stream()
			.map(TaskId::new)
			.toList();
		return new WorkPrompt(new WorkPromptId(id), new RegionId(rs.getLong("region_id")), rs.getString("title"),
				rs.getString("body"), rs.getDate("respond_by").toLocalDate(), units, tasks, rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at == null) ? null : at.toInstant();
	}

}
