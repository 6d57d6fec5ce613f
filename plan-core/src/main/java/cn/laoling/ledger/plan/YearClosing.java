package cn.laoling.ledger.plan;

import java.time.Instant;

import cn.laoling.ledger.shared.Require;

/**
 * 年度结转: a year of a multi-year plan the office closed, carrying what each target divided
 * by year left unfinished into the next year.
 *
 * @param by the account that closed it
 */
public record YearClosing(PlanId plan, int year, Instant at, String by) {

	public YearClosing {
		Require.present(plan, "plan");
		Require.present(at, "at");
		by = Require.text(by, "by", 100);
	}

}
