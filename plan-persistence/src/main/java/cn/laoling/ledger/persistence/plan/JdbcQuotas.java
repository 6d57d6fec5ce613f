package cn.laoling.ledger.persistence.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.UnitId;

/**
 * 指标分解 in {@code target_quota}. A split changes its task: the task's version moves on, so
 * that an edit made on the task as it was is refused, and its plan is judged again.
 */
@Repository
@Transactional(readOnly = true)
class JdbcQuotas implements Quotas {

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	JdbcQuotas(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	@Override
	public List<TargetSplit> of(TaskId task) {
		return ofTasks(List.of(task)).getOrDefault(task, List.of());
	}

	@Override
	public Map<TaskId, List<TargetSplit>> ofTasks(Collection<TaskId> tasks) {
		if (tasks.isEmpty()) {
			return Map.of();
		}
		Map<TaskId, Map<Integer, List<Quota>>> read = new LinkedHashMap<>();
		this.jdbc.query("""
				select task_id, target_position, unit_id, amount from target_quota
				where task_id = any(?) order by task_id, target_position, position""",
				(RowCallbackHandler) (rs) -> read
					.computeIfAbsent(new TaskId(rs.getLong(1)), (t) -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getInt(2), (t) -> new ArrayList<>())
					.add(new Quota(new UnitId(rs.getLong(3)), rs.getBigDecimal(4))),
				(Object) tasks.stream().map(TaskId::value).toArray(Long[]::new));
		Map<TaskId, List<TargetSplit>> splits = new LinkedHashMap<>();
		read.forEach((task, targets) -> splits.put(task,
				targets.entrySet()
					.stream()
					.map((target) -> new TargetSplit(target.getKey(), target.getValue()))
					.toList()));
		return splits;
	}

	@Override
	@Transactional
	public void replace(TaskId task, long version, TargetSplit split) {
		// what the persistence context holds of the task goes to the database first, and
		// is
		// read again after: a task loaded in the same transaction is saved on its new
		// version
		this.entityManager.flush();
		TaskEntity entity = this.entityManager.find(TaskEntity.class, task.value());
		if (entity == null) {
			throw new NotFoundException("task", task.value());
		}
		if (entity.version != version || this.jdbc
			.update("update task set version = version + 1 where id = ? and version = ?", task.value(), version) == 0) {
			throw new StaleEditException("task", task.value(), version, entity.version);
		}
		this.entityManager.refresh(entity);
		this.jdbc.update("delete from target_quota where task_id = ? and target_position = ?", task.value(),
				split.target());
		insert(task, split);
	}

	@Override
	@Transactional
	public void keepOnly(TaskId task, List<TargetSplit> splits) {
		this.jdbc.update("delete from target_quota where task_id = ?", task.value());
		splits.forEach((split) -> insert(task, split));
	}

	private void insert(TaskId task, TargetSplit split) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < split.quotas().size(); i++) {
			Quota quota = split.quotas().get(i);
			BigDecimal amount = quota.amount();
			rows.add(new Object[] { task.value(), split.target(), quota.unit().value(), i, amount });
		}
		this.jdbc.batchUpdate("""
				insert into target_quota (task_id, target_position, unit_id, position, amount)
				values (?, ?, ?, ?, ?)""", rows);
	}

}
