package cn.laoling.ledger.persistence.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.SqlArrays;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.plan.YearShare;
import cn.laoling.ledger.unit.UnitId;

@Repository
@Transactional(readOnly = true)
class JpaTasks implements Tasks {

	private final TaskRepository repository;

	private final TaskSearch search;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	JpaTasks(TaskRepository repository, TaskSearch search, EntityManager entityManager, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.search = search;
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Task> findById(TaskId id) {
		return this.repository.findById(id.value()).map(JpaTasks::toDomain);
	}

	@Override
	public List<Task> find(TaskQuery query) {
		return this.search.find(query).stream().map(JpaTasks::toDomain).toList();
	}

	@Override
	public List<Task> naming(Collection<UnitId> units) {
		if (units.isEmpty()) {
			return List.of();
		}
		// the ids by the units' indexes first: asked as one query with "exists … or
		// exists …", PostgreSQL
		// filtered every task of every plan (6 ms at 20,000 tasks, on every page of a
		// liaison)
		String ids = SqlArrays.ids(units.stream().map(UnitId::value));
		List<Long> naming = this.jdbc.queryForList("""
				select task_id from task_lead_unit where unit_id = any(?::bigint[])
				union select task_id from task_responsible_unit where unit_id = any(?::bigint[])""", Long.class, ids,
				ids);
		return this.repository.findAllById(naming)
			.stream()
			.sorted(Comparator.comparingLong((TaskEntity t) -> t.planId)
				.thenComparingInt((t) -> t.position)
				.thenComparingLong((t) -> t.id))
			.map(JpaTasks::toDomain)
			.toList();
	}

	@Override
	public Map<PlanId, Long> countByPlan(Collection<PlanId> plans) {
		if (plans.isEmpty()) {
			return Map.of();
		}
		return this.repository.countByPlanIds(plans.stream().map(PlanId::value).toList())
			.stream()
			.collect(Collectors.toMap((row) -> new PlanId((Long) row[0]), (row) -> (Long) row[1]));
	}

	@Override
	@Transactional
	public Task save(Task task) {
		TaskEntity entity = (task.id() == null) ? new TaskEntity()
				: Versions.loadForEdit(this.repository, "task", task.id().value(), task.version(), (e) -> e.version);
		TaskContent content = task.content();
		entity.planId = task.planId().value();
		entity.sectionId = (content.sectionId() != null) ? content.sectionId().value() : null;
		entity.number = content.number().value();
		entity.position = content.position();
		entity.text = content.text();
		entity.status = task.status();
		entity.closedOut = task.isClosedOut();
		entity.extendedTo = task.extendedTo().orElse(null);
		replace(entity.leadUnitIds, content.leadUnits().stream().map(UnitId::value).toList());
		replace(entity.responsibleUnitIds, content.responsibleUnits().stream().map(UnitId::value).toList());
		entity.targets.clear();
		content.targets().forEach((t) -> entity.targets.add(toEmbeddable(t)));
		entity.deadlines.clear();
		content.deadlines().forEach((d) -> entity.deadlines.add(toEmbeddable(d)));
		List<YearEmbeddable> years = new ArrayList<>();
		task.years().forEach((divided) -> divided.years().forEach((share) -> years.add(toEmbeddable(divided, share))));
		replace(entity.years, years);
		TaskEntity saved = Versions.saveAndFlush(this.repository, entity, "task", entity.id);
		Task result = toDomain(saved);
		// Nothing keeps the entity: left managed, every later flush of an import of
		// thousands of tasks would check all of them again.
		this.entityManager.detach(saved);
		return result;
	}

	@Override
	@Transactional
	public void delete(TaskId id, long expectedVersion) {
		TaskEntity entity = Versions.loadForEdit(this.repository, "task", id.value(), expectedVersion,
				(e) -> e.version);
		this.repository.delete(entity);
		this.repository.flush();
	}

	private static <T> void replace(List<T> current, List<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	private static TargetEmbeddable toEmbeddable(Target target) {
		TargetEmbeddable e = new TargetEmbeddable();
		if (target.value() instanceof TargetValue.Range range) {
			e.low = range.low();
			e.high = range.high();
		}
		else {
			e.low = target.value().goal();
		}
		e.measure = target.measure().symbol();
		e.counted = target.counted();
		e.comparator = target.comparator();
		e.recurrence = target.recurrence();
		return e;
	}

	private static YearEmbeddable toEmbeddable(TargetYears divided, YearShare share) {
		YearEmbeddable e = new YearEmbeddable();
		e.target = divided.target();
		e.year = share.year();
		e.planned = share.planned();
		e.carried = share.carried();
		return e;
	}

	private static DeadlineEmbeddable toEmbeddable(Deadline deadline) {
		DeadlineEmbeddable e = new DeadlineEmbeddable();
		e.date = deadline.date();
		e.wording = deadline.wording();
		e.implied = deadline.implied();
		return e;
	}

	private static Task toDomain(TaskEntity e) {
		List<Target> targets = e.targets.stream()
			.map((t) -> new Target(TargetValue.of(t.low, t.high), new Measure(t.measure), t.counted, t.comparator,
					t.recurrence))
			.toList();
		List<Deadline> deadlines = e.deadlines.stream().map((d) -> new Deadline(d.date, d.wording, d.implied)).toList();
		TaskContent content = new TaskContent(new TaskNumber(e.number), e.position,
				(e.sectionId != null) ? new SectionId(e.sectionId) : null, e.text,
				e.leadUnitIds.stream().map(UnitId::new).toList(),
				e.responsibleUnitIds.stream().map(UnitId::new).toList(), targets, deadlines);
		Task task = new Task(new TaskId(e.id), new PlanId(e.planId), content, e.status, e.closedOut, e.extendedTo,
				e.version);
		Map<Integer, List<YearShare>> years = new TreeMap<>();
		e.years.forEach((y) -> years.computeIfAbsent(y.target, (t) -> new ArrayList<>())
			.add(new YearShare(y.year, y.planned, y.carried)));
		years.forEach((target, shares) -> task.divideByYear(new TargetYears(target, shares)));
		return task;
	}

}
