package cn.laoling.ledger.web.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.TargetText;

/**
 * Turns tasks into ledger rows: unit names looked up once, targets written out, today's
 * state.
 */
@Component
public class TaskRows {

	private final Units units;

	private final TargetText targetText;

	private final Clock clock;

	TaskRows(Units units, TargetText targetText, Clock clock) {
		this.units = units;
		this.targetText = targetText;
		this.clock = clock;
	}

	public List<TaskRow> of(Collection<Task> tasks, Viewer viewer) {
		Set<UnitId> ids = new HashSet<>();
		tasks.forEach((t) -> {
			ids.addAll(t.leadUnits());
			ids.addAll(t.responsibleUnits());
		});
		Map<UnitId, String> names = this.units.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Unit::id, (u) -> u.name().value()));
		LocalDate today = LocalDate.now(this.clock);
		return tasks.stream().map((t) -> row(t, viewer, names::get, today)).toList();
	}

	public TaskRow of(Task task, Viewer viewer) {
		return of(List.of(task), viewer).get(0);
	}

	private TaskRow row(Task task, Viewer viewer, Function<UnitId, String> name, LocalDate today) {
		boolean overdue = task.status() != TaskStatus.COMPLETED && task.finalDeadline().isOverdueOn(today);
		return new TaskRow(task.id().value(), task.number().value(), task.text(),
				task.targets().stream().map(this.targetText::of).toList(), task.leadUnits().stream().map(name).toList(),
				task.responsibleUnits().stream().map(name).toList(), task.deadlines(), task.status(), viewer.owns(task),
				overdue, task.version());
	}

}
