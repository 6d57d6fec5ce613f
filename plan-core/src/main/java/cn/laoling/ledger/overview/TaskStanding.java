package cn.laoling.ledger.overview;

import java.util.List;

import cn.laoling.ledger.report.Completeness;
import cn.laoling.ledger.unit.UnitId;

/**
 * A task's standing as kept for the overview: its state on the day, where it comes in its
 * plan, every unit it names and the reports owed on it in the running period.
 */
public record TaskStanding(TaskState state, int position, List<UnitId> named, List<Completeness.Owed> owed) {

	public TaskStanding {
		named = List.copyOf(named);
		owed = List.copyOf(owed);
	}

}
