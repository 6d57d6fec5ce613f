package cn.laoling.ledger.web.plan;

import java.util.List;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.TaskStatus;

/**
 * One row of the ledger.
 *
 * @param own whether the task is the viewing liaison's work (highlighted)
 * @param overdue whether its final deadline has passed and it is not completed
 * @param progress its light and latest accepted report
 */
public record TaskRow(long id, String number, String text, List<String> targets, List<String> leadUnits,
		List<String> responsibleUnits, List<Deadline> deadlines, TaskStatus status, boolean own, boolean overdue,
		long version, RowProgress progress) {

}
