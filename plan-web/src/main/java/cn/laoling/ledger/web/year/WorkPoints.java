package cn.laoling.ledger.web.year;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.web.plan.PlanSummary;

/**
 * 年度工作要点: the tasks of a multi-year plan with their share of one year, each judged on
 * that share, and whether the year has been closed (结转).
 *
 * @param years the plan's years, for moving between them
 * @param closedAt when the year was closed, {@code null} while it is not
 * @param closable whether the viewer may close the year now: the office, once the year is
 * over and a later year of the plan follows
 */
public record WorkPoints(PlanSummary plan, int year, List<Integer> years, List<Line> lines, Instant closedAt,
		String closedBy, boolean closable) {

	/**
	 * One target's share of the year.
	 *
	 * @param share the year's share with what was carried into it
	 * @param carried what an earlier year left unfinished and was carried in (结转)
	 * @param done the year's part of the cumulative figure, {@code null} before a report
	 * @param expected what 序时 asks of the share on the day
	 */
	public record Line(long taskId, String number, String text, List<String> leadUnits, String target, String measure,
			BigDecimal share, BigDecimal carried, BigDecimal done, BigDecimal expected, Standing standing,
			Light light) {
	}

}
