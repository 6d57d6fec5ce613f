package cn.laoling.ledger.web.task;

import cn.laoling.ledger.web.plan.PlanSummary;
import cn.laoling.ledger.web.plan.TaskRow;
import cn.laoling.ledger.web.report.Timeline;

/** A task's page: the task with its plan and section. */
public record TaskDetail(TaskRow task, PlanSummary plan, String sectionHeading, Timeline timeline) {

}
