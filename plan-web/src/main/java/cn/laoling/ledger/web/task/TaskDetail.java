package cn.laoling.ledger.web.task;

import java.math.BigDecimal;
import java.util.List;

import cn.laoling.ledger.web.extension.ExtensionPanel;
import cn.laoling.ledger.web.plan.PlanSummary;
import cn.laoling.ledger.web.plan.TaskRow;
import cn.laoling.ledger.web.report.ShareTable;
import cn.laoling.ledger.web.report.Timeline;

/**
 * A task's page: the task with its plan and section, its reports and its 延期申请.
 *
 * @param splittable for each target, whether it can be split among units (指标分解)
 * @param shares the split targets, each quota holder against its share this period (a
 * unit other than the lead unit sees its own share only)
 */
public record TaskDetail(TaskRow task, PlanSummary plan, String sectionHeading, Timeline timeline,
		ExtensionPanel extensions, List<Boolean> splittable, List<ShareTable> shares, List<Boolean> divisible,
		List<YearTable> years) {

	/**
	 * A target divided by year (年度分解), each year with its share.
	 *
	 * @param shortfall what the years' shares leave undivided (negative: more than it)
	 */
	public record YearTable(int position, String target, String measure, BigDecimal shortfall, List<Row> rows) {

		/**
		 * @param dueBy the cumulative figure due by the year's end
		 * @param current whether it is the year the task is judged in today
		 */
		public record Row(int year, BigDecimal planned, BigDecimal carried, BigDecimal amount, BigDecimal dueBy,
				boolean current) {
		}

	}

}
