package cn.laoling.ledger.web.plan;

import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.TaskStatus;

/**
 * One row of the ledger.
 *
 * @param own whether the task is the viewing liaison's work (highlighted)
 * @param extendedTo the date the office extended it to (延期), or {@code null}
 * @param overdue whether it is past due (its extension, else its final deadline) and not
 * completed
 * @param progress its light and latest accepted report
 * @param splits for each target, how it is split among units (指标分解), "" when it is not
 */
public record TaskRow(long id, String number, String text, List<String> targets, List<String> leadUnits,
		List<String> responsibleUnits, List<Deadline> deadlines, LocalDate extendedTo, TaskStatus status, boolean own,
		boolean overdue, long version, RowProgress progress, List<String> splits) {

}
