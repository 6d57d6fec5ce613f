package cn.laoling.ledger.overview;

import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.unit.UnitId;

/**
 * What the overview names of a task: its number, the start of its text, its lead units
 * and when it is due (with any extension).
 */
public record TaskBrief(TaskId id, PlanId plan, TaskNumber number, String text, List<UnitId> leadUnits, LocalDate due) {

	/** The characters of a task's text the overview keeps. */
	public static final int TEXT_KEPT = 100;

	public TaskBrief {
		leadUnits = List.copyOf(leadUnits);
		if (text.codePointCount(0, text.length()) > TEXT_KEPT) {
			text = text.substring(0, text.offsetByCodePoints(0, TEXT_KEPT));
		}
	}

	public static TaskBrief of(Task task) {
		return new TaskBrief(task.id(), task.planId(), task.number(), task.text(), task.leadUnits(),
				task.dueDeadline().date());
	}

}
