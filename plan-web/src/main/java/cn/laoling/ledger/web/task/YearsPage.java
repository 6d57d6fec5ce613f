package cn.laoling.ledger.web.task;

import java.math.BigDecimal;
import java.util.List;

import cn.laoling.ledger.web.plan.PlanSummary;
import cn.laoling.ledger.web.plan.TaskRow;

/**
 * What the office's 年度分解 page shows around its form.
 *
 * @param carried for each year of the form, what an earlier year left unfinished and was
 * carried into it (结转), zero when nothing
 */
public record YearsPage(TaskRow task, PlanSummary plan, int position, String target, String measure, BigDecimal goal,
		List<BigDecimal> carried) {

}
