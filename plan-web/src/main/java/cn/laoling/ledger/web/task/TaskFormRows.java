package cn.laoling.ledger.web.task;

import java.util.ArrayList;
import java.util.List;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.web.support.FormRejection;

/**
 * The target and deadline lines of a task form, to and from the task's content; blank
 * lines are none. {@code prefix} places the lines' errors in a larger form
 * ({@code tasks[3].}).
 */
public final class TaskFormRows {

	private TaskFormRows() {
	}

	/**
	 * The targets of the lines that are not blank.
	 * @throws FormRejection naming every line that is incomplete or wrong
	 */
	public static List<Target> targets(List<TargetRow> rows, String prefix) {
		List<Target> targets = new ArrayList<>();
		FormRejection.Problems problems = new FormRejection.Problems();
		for (int i = 0; i < rows.size(); i++) {
			TargetRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			String field = prefix + "targets[" + i + "].counted";
			if (row.getCounted() == null || row.getCounted().isBlank() || row.getLow() == null
					|| row.getMeasure() == null || row.getMeasure().isBlank()) {
				problems.add(field, "task.target.incomplete", i + 1);
				continue;
			}
			if (row.getHigh() != null && row.getHigh().compareTo(row.getLow()) < 0) {
				problems.add(field, "task.target.range", i + 1);
				continue;
			}
			try {
				Measure measure = new Measure(row.getMeasure());
				TargetValue value = TargetValue.of(row.getLow(), row.getHigh());
				if (measure.isRate() && value.goal().compareTo(Target.HUNDRED) > 0) {
					problems.add(field, "task.target.rate", i + 1);
					continue;
				}
				targets.add(new Target(value, measure, row.getCounted(), row.getComparator(), row.getRecurrence()));
			}
			catch (IllegalArgumentException ex) {
				problems.add(field, "task.target.invalid", i + 1);
			}
		}
		problems.refuseIfAny();
		return targets;
	}

	/**
	 * The deadlines of the lines that are not blank.
	 * @throws FormRejection naming every line without a date
	 */
	public static List<Deadline> deadlines(List<DeadlineRow> rows, String prefix) {
		List<Deadline> deadlines = new ArrayList<>();
		FormRejection.Problems problems = new FormRejection.Problems();
		for (int i = 0; i < rows.size(); i++) {
			DeadlineRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (row.getDate() == null) {
				problems.add(prefix + "deadlines[" + i + "].date", "task.deadline.date", i + 1);
				continue;
			}
			String wording = (row.getWording() == null || row.getWording().isBlank()) ? row.getDate().toString()
					: row.getWording();
			try {
				deadlines.add(Deadline.written(row.getDate(), wording));
			}
			catch (IllegalArgumentException ex) {
				problems.add(prefix + "deadlines[" + i + "].wording", "task.deadline.invalid", i + 1);
			}
		}
		problems.refuseIfAny();
		return deadlines;
	}

	public static TargetRow rowOf(Target target) {
		TargetRow row = new TargetRow();
		row.setCounted(target.counted());
		row.setComparator(target.comparator());
		if (target.value() instanceof TargetValue.Range range) {
			row.setLow(range.low());
			row.setHigh(range.high());
		}
		else {
			row.setLow(target.value().goal());
		}
		row.setMeasure(target.measure().symbol());
		row.setRecurrence(target.recurrence());
		return row;
	}

	public static DeadlineRow rowOf(Deadline deadline) {
		DeadlineRow row = new DeadlineRow();
		row.setDate(deadline.date());
		row.setWording(deadline.wording());
		return row;
	}

}
