package cn.laoling.ledger.web.task;

import cn.laoling.ledger.web.extension.ExtensionPanel;
import cn.laoling.ledger.web.plan.PlanSummary;
import cn.laoling.ledger.web.plan.TaskRow;
import cn.laoling.ledger.web.report.Timeline;

/**
 * A task's page: the task with its plan and section, its reports and its 延期申请.
 */
public record TaskDetail(TaskRow task, PlanSummary plan, String sectionHeading, Timeline timeline,
		ExtensionPanel extensions) {

}
