package cn.laoling.ledger.report;

import java.util.Optional;
import java.util.Set;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.unit.UnitId;

/**
 * Which report a unit owes on a task: the first lead unit consolidates the task's report
 * to the office; every other unit the task names, directly or through a group, reports
 * its part to it.
 */
public final class ReportingRole {

	private ReportingRole() {
	}

	/**
	 * @param unit the reporting unit
	 * @param unitAndGroups the unit with the groups that contain it
	 */
	public static Optional<ReportKind> of(Task task, UnitId unit, Set<UnitId> unitAndGroups) {
		if (!task.leadUnits().isEmpty() && task.leadUnits().get(0).equals(unit)) {
			return Optional.of(ReportKind.CONSOLIDATED);
		}
		return task.involves(unitAndGroups) ? Optional.of(ReportKind.PART) : Optional.empty();
	}

}
