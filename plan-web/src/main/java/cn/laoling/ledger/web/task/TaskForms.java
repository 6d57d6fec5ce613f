package cn.laoling.ledger.web.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.support.FormRejection;
import cn.laoling.ledger.web.support.Names;

/**
 * Between the task form and the task's content: unit names resolved, blank lines dropped.
 */
@Component
class TaskForms {

	private final Units units;

	TaskForms(Units units) {
		this.units = units;
	}

	TaskContent contentOf(TaskForm form, Plan plan) {
		Parts parts = partsOf(form, plan);
		SectionId section = (form.getSectionId() != null) ? new SectionId(form.getSectionId()) : null;
		return new TaskContent(new TaskNumber(form.getNumber()), form.getPosition(), section, form.getText(),
				parts.leads(), parts.responsible(), parts.targets(), parts.deadlines());
	}

	/**
	 * Checks what the form's own validation cannot (unit names, target and deadline
	 * lines), whatever else is wrong with it.
	 * @throws FormRejection with every problem found
	 */
	void check(TaskForm form, Plan plan) {
		partsOf(form, plan);
	}

	private Parts partsOf(TaskForm form, Plan plan) {
		FormRejection.Problems problems = new FormRejection.Problems();
		Parts parts = new Parts(problems.check(() -> resolve(plan, form.getLeadUnits(), "leadUnits")),
				problems.check(() -> resolve(plan, form.getResponsibleUnits(), "responsibleUnits")),
				problems.check(() -> TaskFormRows.targets(form.getTargets(), "")),
				problems.check(() -> TaskFormRows.deadlines(form.getDeadlines(), "")));
		problems.refuseIfAny();
		return parts;
	}

	private record Parts(List<UnitId> leads, List<UnitId> responsible, List<Target> targets, List<Deadline> deadlines) {
	}

	TaskForm formOf(Task task) {
		List<UnitId> ids = new ArrayList<>(task.leadUnits());
		ids.addAll(task.responsibleUnits());
		Map<UnitId, String> names = this.units.namesOf(ids);
		Function<List<UnitId>, String> join = (list) -> Names.join(list.stream().map(names::get).toList());
		TaskForm form = new TaskForm();
		TaskContent content = task.content();
		form.setNumber(content.number().value());
		form.setPosition(content.position());
		form.setSectionId((content.sectionId() != null) ? content.sectionId().value() : null);
		form.setText(content.text());
		form.setLeadUnits(join.apply(content.leadUnits()));
		form.setResponsibleUnits(join.apply(content.responsibleUnits()));
		content.targets().forEach((t) -> form.getTargets().add(TaskFormRows.rowOf(t)));
		content.deadlines()
			.stream()
			.filter((d) -> !d.implied())
			.forEach((d) -> form.getDeadlines().add(TaskFormRows.rowOf(d)));
		form.setStatus(task.status());
		form.setVersion(task.version());
		return form.withBlankRows();
	}

	private List<UnitId> resolve(Plan plan, String text, String field) {
		Names.Resolved<Unit> resolved = Names.resolve(text,
				(name) -> UnitName.parse(name).flatMap((unitName) -> this.units.findByName(plan.regionId(), unitName)));
		if (!resolved.unknown().isEmpty()) {
			throw new FormRejection(field, "task.units.unknown", Names.join(resolved.unknown()));
		}
		List<UnitId> ids = resolved.found().stream().map(Unit::id).toList();
		if (ids.stream().distinct().count() != ids.size()) {
			throw new FormRejection(field, "task.units.duplicate");
		}
		return ids;
	}

}
