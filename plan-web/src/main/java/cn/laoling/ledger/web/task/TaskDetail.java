package cn.laoling.ledger.web.task;

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
		ExtensionPanel extensions, List<Boolean> splittable, List<ShareTable> shares) {

}
